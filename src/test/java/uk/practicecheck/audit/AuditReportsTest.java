package uk.practicecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The audit reports of a small fixed cohort (with bad records mixed in) against golden files.
 * After an intended change, regenerate them with {@code mvn test -Dtest=AuditReportsTest -Dgolden.update=true}
 * and review the diff.
 */
class AuditReportsTest {
    static final Path COHORT = Path.of("src/test/resources/audit/cohort.ndjson");
    /** One case whose name, team and worker hold characters every format must escape. */
    private static final Path ESCAPING = Path.of("src/test/resources/audit/escaping.ndjson");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void everyFormatMatchesItsGoldenFile() throws Exception {
        Map<String, String> outputs = AuditRunner.allFormats(List.of(COHORT), 2, null);
        boolean update = Boolean.getBoolean("golden.update");
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path golden = GOLDEN.resolve("audit." + output.getKey());
            if (update) {
                Files.writeString(golden, output.getValue(), StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), output.getValue(),
                    golden + " differs; if the change is intended, regenerate with -Dgolden.update=true");
        }
    }

    @Test
    void countsReconcileInEveryFormatWithBadRecordsMixedIn() throws Exception {
        long nonBlankLines = Files.readAllLines(COHORT).stream().filter(l -> !l.isBlank()).count();
        Map<String, String> outputs = AuditRunner.allFormats(List.of(COHORT), 2, null);

        JsonNode totals = new ObjectMapper().readTree(outputs.get("json")).get("totals");
        long read = totals.get("recordsRead").asLong();
        long evaluated = totals.get("evaluated").asLong();
        long rejected = totals.get("rejected").asLong();
        assertEquals(nonBlankLines, read);
        assertEquals(3, rejected);
        assertEquals(read, evaluated + rejected);

        String headline = String.format("Records read: %d = %d evaluated + %d rejected.", read, evaluated, rejected);
        for (String format : List.of("txt", "html", "md")) {
            assertTrue(outputs.get(format).contains(headline), format + " lacks: " + headline);
        }

        Set<String> evaluatedRecords = new HashSet<>();
        long rejectedRows = 0;
        assertTrue(outputs.get("csv").startsWith("\uFEFF"), "a UTF-8 byte-order mark for Excel");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(outputs.get("csv").substring(1))).getRecords();
        for (CSVRecord row : rows) {
            if (row.get("row_type").equals("rejected")) {
                rejectedRows++;
            } else {
                evaluatedRecords.add(row.get("file") + "#" + row.get("record"));
            }
        }
        assertEquals(evaluated, evaluatedRecords.size());
        assertEquals(rejected, rejectedRows);
    }

    @Test
    void rejectionsNameFileRecordAndReason() throws Exception {
        String text = AuditRunner.allFormats(List.of(COHORT), 1, null).get("txt");
        assertTrue(text.contains(COHORT + " (record 6), field dateOfBirth: '2020-02-30' is not a valid date"), text);
        assertTrue(text.contains(COHORT + " (record 16): malformed JSON"), text);
        assertTrue(text.contains(COHORT + " (record 25), field caseId: required"), text);
    }

    @Test
    void theReportsAreTheSameWhateverTheNumberOfThreads() throws Exception {
        Path larger = Files.createTempFile("cohort", ".ndjson");
        try {
            StringBuilder text = new StringBuilder();
            for (int copy = 0; copy < 40; copy++) {
                text.append(Files.readString(COHORT));
            }
            Files.writeString(larger, text);
            Map<String, String> one = AuditRunner.allFormats(List.of(larger), 1, null);
            for (int threads : new int[] {2, 3, 5}) {
                Map<String, String> many = AuditRunner.allFormats(List.of(larger), threads, null);
                for (String format : AuditRunner.FORMATS) {
                    assertEquals(one.get(format), many.get(format), format + " with " + threads + " threads");
                }
            }
        } finally {
            Files.delete(larger);
        }
    }

    @Test
    void htmlIsSelfContainedAndEscapesInput() throws Exception {
        String html = AuditRunner.allFormats(List.of(ESCAPING), 1, null).get("html");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched");
        assertTrue(html.contains("&lt;b&gt;Pipe|Comma"), "child name escaped");
        assertTrue(html.contains("Team &lt;A&gt; &amp; B"), "team escaped");
        assertTrue(html.contains("<svg role=\"img\""), "charts");
        assertTrue(html.contains("@media print"), "print stylesheet");
    }

    @Test
    void markdownEscapesPipesInCells() throws Exception {
        String md = AuditRunner.allFormats(List.of(ESCAPING), 1, null).get("md");
        assertTrue(md.contains("W\\|orker"), md);
        assertFalse(md.contains("W|orker"), "an unescaped pipe would split the cell");
    }
}
