package uk.practicecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practicecheck.generate.CaseGenerator;
import uk.practicecheck.model.CaseSummary;

/**
 * The streaming binder reads exactly what databind reads, or leaves the record to databind: over every case
 * record in the repository (samples, rule fixtures, the hostile and input-error corpora) and generated cases.
 */
class StreamingCaseBinderTest {
    private final CaseSummaryReader reader = new CaseSummaryReader();
    private final ObjectMapper mapper = reader.mapper();
    private final ObjectReader databind = mapper.readerFor(CaseSummary.class);
    private final StreamingCaseBinder binder = new StreamingCaseBinder(mapper);

    @Test
    void everyGeneratedCaseIsReadByTheBinderAsDatabindReadsIt() throws IOException {
        StringWriter generated = new StringWriter();
        new CaseGenerator(7, LocalDate.of(2026, 6, 1)).writeNdjson(2000, generated);
        for (String line : generated.toString().split("\n")) {
            byte[] json = line.getBytes(StandardCharsets.UTF_8);
            CaseSummary plain = binder.bind(json);
            assertNotNull(plain, () -> "generated case not read by the binder: " + new String(json, StandardCharsets.UTF_8));
            assertSame(databind.readValue(json), plain, json);
            assertSame(databind.readValue(json), binder.bind(mapper.readTree(json)), json);
        }
    }

    /** The reader's first records go to databind, the rest to the binder once made: a case reads the same either side. */
    @Test
    void theReaderReadsCasesAlikeBeforeAndAfterItMakesItsBinder() throws IOException {
        StringWriter generated = new StringWriter();
        new CaseGenerator(7, LocalDate.of(2026, 6, 1)).writeNdjson(CaseSummaryReader.READS_BEFORE_BINDER + 50, generated);
        String[] lines = generated.toString().split("\n");
        CaseSummaryReader fresh = new CaseSummaryReader();
        byte[] first = lines[0].getBytes(StandardCharsets.UTF_8);
        ReadResult.Ok early = (ReadResult.Ok) fresh.read(first, new RecordSource("cases.ndjson", 1));
        for (int i = 1; i < lines.length; i++) {
            fresh.read(lines[i].getBytes(StandardCharsets.UTF_8), new RecordSource("cases.ndjson", i + 1L));
        }
        ReadResult.Ok late = (ReadResult.Ok) fresh.read(first, new RecordSource("cases.ndjson", 1));
        assertSame(early.parsed().summary(), late.parsed().summary(), first);
        assertEquals(early.parsed().warnings(), late.parsed().warnings());
        assertNotNull(binder.bind(first), "the record is one the binder reads");
    }

    @Test
    void everyCaseRecordInTheRepositoryIsReadAsDatabindReadsItOrLeftToDatabind() throws IOException {
        int plain = 0;
        int left = 0;
        for (byte[] json : repositoryRecords()) {
            CaseSummary bound = binder.bind(json);
            if (bound == null) {
                left++;
                continue;
            }
            plain++;
            List<String> warnings = new ArrayList<>();
            CaseSummary read = databind.withAttribute("practicecheck.warnings", warnings).readValue(json);
            assertEquals(List.of(), warnings, () -> new String(json, StandardCharsets.UTF_8));
            assertSame(read, bound, json);
        }
        assertTrue(plain > 600, "records read by the binder: " + plain);
        assertTrue(left > 20, "records left to databind: " + left);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"caseId\": \"A\", \"caseId\": \"B\"}",
        "{\"caseId\": \"A\", \"visits\": [{\"date\": \"2026-01-05\", \"date\": \"2026-01-06\"}]}",
        "{\"caseId\": \"A\", \"heldFrom\": {\"visits\": \"2026-01-05\", \"visits\": \"2026-02-05\"}}",
        "{\"caseId\": \"A\", \"nickname\": \"B\"}",
        "{\"caseId\": \"A\", \"visits\": [{\"date\": null}]}",
        "{\"caseId\": \"A\", \"visits\": [null]}",
        "{\"caseId\": 12}",
        "{\"caseId\": \"A\", \"dateOfBirth\": \"1850-01-01\"}",
        "{\"caseId\": \"A\", \"dateOfBirth\": \"2026-02-30\"}",
        "{\"caseId\": \"A\", \"dateOfBirth\": \" 2026-02-03\"}",
        "{\"caseId\": \"A\", \"visits\": [{\"type\": \"looked_after\"}]}",
        "{\"caseId\": \"A\", \"missingEpisodes\": [{\"start\": \"2026-02-03T25:00\"}]}",
        "{\"caseId\": \"A\", \"reviews\": {}}",
        "{\"caseId\": \"A\"} {\"caseId\": \"B\"}",
        "{\"caseId\": \"A\"",
        "[{\"caseId\": \"A\"}]",
        "null",
    })
    void aRecordNotWrittenThePlainWayIsLeftToDatabind(String json) {
        assertNull(binder.bind(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The binder expects each record's fields in the order the last one wrote them: a record in another order,
     * or one repeating the field expected next, is read or left to databind as it would be without that guess.
     */
    @Test
    void recordsWhoseFieldsComeInAnotherOrderOrRepeatAreReadAsTheyWouldBeAlone() throws IOException {
        String[] records = {
            "{\"caseId\": \"A\", \"team\": \"T\", \"visits\": [{\"date\": \"2026-01-05\", \"type\": \"LOOKED_AFTER\"}]}",
            "{\"visits\": [{\"type\": \"CHILD_IN_NEED\", \"date\": \"2026-01-06\"}], \"team\": \"U\", \"caseId\": \"B\"}",
            "{\"caseId\": \"C\", \"caseId\": \"D\"}",
            "{\"caseId\": \"C\", \"caseId\": \"D\"}",
            "{\"caseId\": \"E\", \"visits\": [{\"date\": \"2026-01-05\", \"date\": \"2026-01-07\"}]}",
            "{\"caseId\": \"F\", \"visits\": [{\"date\": \"2026-01-05\"}, {\"date\": \"2026-01-08\"}], \"team\": \"V\"}",
            "{\"caseId\": \"G\", \"visits\": [{\"date\": \"2026-01-05\"}, {\"date\": \"2026-01-08\"}], \"team\": \"V\"}",
            "{\"caseId\": \"H\"}",
        };
        for (String text : records) {
            byte[] json = text.getBytes(StandardCharsets.UTF_8);
            CaseSummary guessed = binder.bind(json);
            CaseSummary fresh = new StreamingCaseBinder(mapper).bind(json);
            if (fresh == null) {
                assertNull(guessed, text);
            } else {
                assertSame(fresh, guessed, json);
                assertSame(databind.readValue(json), guessed, json);
            }
        }
        assertNull(binder.bind(records[3].getBytes(StandardCharsets.UTF_8)), "a repeated field is left to databind");
        assertNotNull(binder.bind(records[1].getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void collectionsAreOfTheKindsDatabindMakes() throws IOException {
        byte[] json = ("{\"caseId\": \"A\", \"notHeld\": [\"plans.actions\", \"visits\"], \"heldFrom\": {\"visits\": \"2026-01-05\"},"
                + " \"plans\": [{\"outcomes\": [\"x\"]}]}").getBytes(StandardCharsets.UTF_8);
        CaseSummary read = databind.readValue(json);
        CaseSummary plain = binder.bind(json);

        assertEquals(read.getNotHeld().getClass(), plain.getNotHeld().getClass());
        assertEquals(read.getHeldFrom().getClass(), plain.getHeldFrom().getClass());
        assertEquals(read.getPlans().getClass(), plain.getPlans().getClass());
        assertEquals(read.getPlans().get(0).getOutcomes().getClass(), plain.getPlans().get(0).getOutcomes().getClass());
        assertSame(read, plain, json);
    }

    /** The same case: written out the same way, field for field. */
    private void assertSame(CaseSummary expected, CaseSummary actual, byte[] json) throws IOException {
        assertEquals(mapper.writeValueAsString(expected), mapper.writeValueAsString(actual),
                () -> new String(json, StandardCharsets.UTF_8));
    }

    private List<byte[]> repositoryRecords() throws IOException {
        List<byte[]> records = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Stream.concat(Files.walk(Path.of("samples")), Files.walk(Path.of("rules"))),
                Stream.concat(Files.walk(Path.of("src/test/resources/hostile")), Files.walk(Path.of("src/test/resources/input-errors"))))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                byte[] bytes = Files.readAllBytes(file);
                if (name.endsWith(".ndjson")) {
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        records.add(line.getBytes(StandardCharsets.UTF_8));
                    }
                } else if (name.endsWith(".json") && file.startsWith("rules")) {
                    JsonNode fixture = mapper.readTree(bytes);
                    if (fixture != null && fixture.has("case")) {
                        records.add(mapper.writeValueAsBytes(fixture.get("case")));
                    }
                } else if (name.endsWith(".json")) {
                    records.add(bytes);
                }
            }
        }
        return records;
    }
}
