package uk.practicecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.TestSamples;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;

/** The JSON report as written matches {@code docs/schema/report.schema.json}, and the schema is strict enough to catch a wrong shape. */
class JsonReportSchemaTest {
    private static final Path SCHEMA = Path.of("docs/schema/report.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @Test
    void theReportOnTheSamplesMatchesTheSchemaAndCarriesWhatItWasJudgedOn() throws Exception {
        JsonNode report = report(samples());

        assertEquals(Set.of(), validate(report));
        assertEquals("2026-11-23", report.get("asOf").asText());
        List<String> ruleIds = new ArrayList<>();
        report.get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
        assertEquals(TestRuleBooks.projectRules().rules().stream().map(RuleInfo::id).toList(), ruleIds);

        Set<String> recommendationIds = new HashSet<>();
        report.get("recommendations").forEach(r -> {
            recommendationIds.add(r.get("id").asText());
            assertTrue(r.has("text"), () -> r.get("id") + " is cited but not in the catalogue");
        });
        report.get("rules").forEach(r -> r.get("recommendations").forEach(id ->
                assertTrue(recommendationIds.contains(id.asText()), id.asText())));
        assertTrue(recommendationIds.contains("STK-2016-R6"), recommendationIds.toString());

        Set<String> outcomes = new HashSet<>();
        for (JsonNode c : report.get("cases")) {
            assertEquals(ruleIds.size(), c.get("results").size());
            c.get("results").forEach(r -> outcomes.add(r.get("outcome").asText()));
        }
        assertEquals(Set.of("MET", "NOT_MET", "NOT_YET_DUE", "CANNOT_TELL", "NOT_APPLICABLE"), outcomes);
        assertEquals(report.get("cases").size(), report.get("summary").get("evaluated").asInt());
    }

    @Test
    void rejectionsAndWarningsMatchTheSchemaToo() throws Exception {
        CaseSummaryReader reader = new CaseSummaryReader();
        List<ReadResult> records = new ArrayList<>(reader.readFile(Path.of("src/test/resources/input-errors/two-cases-one-bad.json")));
        records.addAll(reader.readFile(Path.of("src/test/resources/input-errors/unknown-fields.json")));
        records.addAll(reader.readFile(Path.of("src/test/resources/input-errors/malformed-json.json")));

        JsonNode report = report(records);

        assertEquals(Set.of(), validate(report));
        assertEquals(2, report.get("rejected").size());
        assertEquals("reviews[0].date", report.get("rejected").get(0).get("field").asText());
        assertFalse(report.get("rejected").get(1).has("field"), "a whole-record rejection has no field");
        assertEquals(2, report.get("cases").get(1).get("warnings").size());
    }

    /** Each change is a wrong shape the schema must refuse. */
    @ParameterizedTest
    @ValueSource(strings = {"unknown top-level field", "unknown field in a finding", "outcome not in the list",
            "as-of date impossible", "rule id missing from a result", "count as text"})
    void aWrongShapeFailsValidation(String change) throws Exception {
        ObjectNode report = (ObjectNode) report(samples());
        ObjectNode firstResult = (ObjectNode) report.get("cases").get(0).get("results").get(0);
        ObjectNode firstFinding = (ObjectNode) report.withArray("/cases/0/results/1/findings").get(0);
        Consumer<ObjectNode> mutation = switch (change) {
            case "unknown top-level field" -> r -> r.put("generatedBy", "someone");
            case "unknown field in a finding" -> r -> firstFinding.put("colour", "red");
            case "outcome not in the list" -> r -> firstResult.put("outcome", "PASSED");
            case "as-of date impossible" -> r -> r.put("asOf", "2026-02-30");
            case "rule id missing from a result" -> r -> firstResult.remove("rule");
            case "count as text" -> r -> ((ObjectNode) r.get("summary")).put("evaluated", "9");
            default -> throw new IllegalArgumentException(change);
        };
        assertEquals(Set.of(), validate(report), "the report is valid before the change");

        mutation.accept(report);

        assertFalse(validate(report).isEmpty(), "the schema accepted: " + change);
    }

    private static List<ReadResult> samples() throws IOException {
        return TestSamples.read();
    }

    private static JsonNode report(List<ReadResult> records) throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(TestSamples.audit(records), out);
        return MAPPER.readTree(out.toString());
    }

    private static Set<String> validate(JsonNode report) {
        return schema.validate(report).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }
}
