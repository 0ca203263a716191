package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus in {@code src/test/resources/hostile}: malformed, oversized, deeply nested and
 * injected input, good and bad records mixed, and hostile workbooks built here with POI. For each
 * input: the exit code, no stack trace on either stream, counts that reconcile, every good record
 * reported and every bad one named with its file and record (or list, row and column) and the field.
 */
class HostileCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final String AS_OF = "2026-06-01";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w.$/]+\\(", Pattern.MULTILINE);

    @TempDir
    Path temp;

    /** A record expected among the rejections: its number, the field named (null for the whole record) and words of the reason. */
    record Bad(long record, String field, String words) {
    }

    static Bad bad(long record, String field, String words) {
        return new Bad(record, field, words);
    }

    /** What reading a file of the corpus must give: the case ids evaluated, in order, and the records rejected. */
    record Expected(String file, List<String> good, List<Bad> rejected) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                new Expected("mixed-good-and-bad.json", List.of("MIX-1", "MIX-3", "MIX-7"), List.of(
                        bad(2, "dateOfBirth", "outside the dates a case record can hold"),
                        bad(4, "legalStatuses[0].status", "'ON_THE_MOON' is not one of"),
                        bad(5, "dateOfBirth", "date"),
                        bad(6, null, "expected a case summary object"))),
                new Expected("broken-in-the-middle.json", List.of("BRK-1", "BRK-2"), List.of(
                        bad(3, null, "about 2 more records after this one are missing"))),
                new Expected("implausible-dates.ndjson", List.of("DATE-1"), List.of(
                        bad(2, "dateOfBirth", "'1800-01-01' is outside the dates a case record can hold"),
                        bad(3, "legalStatuses[0].start", "'+999999999-01-01' is outside the dates"),
                        bad(4, "dateOfBirth", "born (2031-01-01) after the date the case is judged on (" + AS_OF + ")"),
                        bad(5, "missingEpisodes[0].start", "'1066-10-14T09:00' is outside the dates"),
                        bad(6, "reviews[0].date", "not a valid date"),
                        bad(7, "reviews[0].date", "date"))),
                new Expected("duplicate-case-ids.ndjson", List.of("DUP-1", "DUP-2", "DUP-1"), List.of()),
                new Expected("injected-text.ndjson", List.of("INJ-1", "INJ-2", "INJ-3\u0000\u009b31m"), List.of()),
                new Expected("byte-order-mark.json", List.of("BOM-1"), List.of()),
                new Expected("binary-garbage.json", List.of(), List.of(bad(1, null, "malformed JSON"))),
                new Expected("invalid-utf8.ndjson", List.of("UTF-2"), List.of(bad(1, null, "UTF-8"))),
                new Expected("scalars-and-nulls.ndjson", List.of("SCALAR-6"), List.of(
                        bad(1, null, "expected a case summary object"), bad(2, null, "null"),
                        bad(3, null, "expected a case summary object"), bad(4, null, "expected a case summary object"),
                        bad(5, null, "expected a case summary object"))),
                new Expected("trailing-garbage.json", List.of(), List.of(bad(1, null, "more JSON after the end"))),
                new Expected("unclosed-array.json", List.of("OPEN-1"), List.of(bad(2, null, "end-of-input"))),
                new Expected("deeply-nested.json", List.of("DEEP-1"), List.of(
                        bad(2, null, "nested more than 1,000 deep, more than a case record can be; the rest of the file "
                                + "could not be read, so about 1 more record after this one is missing"))),
                new Expected("white-space-only.json", List.of(), List.of(bad(1, null, "the file is empty"))))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyRecordIsReportedOrNamedAndNothingCrashes(Expected expected) throws IOException {
        Path file = CORPUS.resolve(expected.file());
        CliRun run = CliRun.of("check", file.toString(), "--as-of", AS_OF, "--format", "json");
        assertNoStackTrace(run);
        JsonNode report = JSON.readTree(run.out());
        assertReconciles(report, run);

        List<String> good = new ArrayList<>();
        report.get("cases").forEach(c -> {
            good.add(c.get("caseId").asText());
            assertEquals(file.toString(), c.get("source").get("file").asText());
        });
        assertEquals(expected.good(), good, run.toString());

        JsonNode rejected = report.get("rejected");
        assertEquals(expected.rejected().size(), rejected.size(), run.toString());
        for (int i = 0; i < rejected.size(); i++) {
            Bad bad = expected.rejected().get(i);
            JsonNode r = rejected.get(i);
            assertEquals(file.toString(), r.get("file").asText());
            assertEquals(bad.record(), r.get("record").asLong(), r.toString());
            assertEquals(bad.field(), r.hasNonNull("field") ? r.get("field").asText() : null, r.toString());
            assertTrue(r.get("reason").asText().contains(bad.words()), r.toString());
            assertTrue(run.err().contains("rejected " + file + " (record " + bad.record() + ")"), run.toString());
        }
        int expectedExit = !expected.rejected().isEmpty() ? ExitCodes.INPUT_ERROR : run.exitCode();
        assertEquals(expectedExit, run.exitCode(), run.toString());
        assertTrue(run.exitCode() <= ExitCodes.INPUT_ERROR, run.toString());
    }

    @Test
    void aCaseIdUsedTwiceIsWarnedAboutNamingBothRecords() throws IOException {
        Path file = CORPUS.resolve("duplicate-case-ids.ndjson");
        JsonNode cases = JSON.readTree(CliRun.of("check", file.toString(), "--as-of", AS_OF, "--format", "json").out())
                .get("cases");
        assertTrue(cases.get(0).get("warnings").isEmpty(), cases.toString());
        assertTrue(cases.get(1).get("warnings").isEmpty(), cases.toString());
        String warning = cases.get(2).get("warnings").get(0).asText();
        assertTrue(warning.contains("DUP-1") && warning.contains(file + " record 1") && warning.contains(file + " record 3"),
                warning);

        CliRun audit = CliRun.of("audit", file.toString(), "--as-of", AS_OF, "--format", "json", "--threads", "3");
        assertEquals(1, JSON.readTree(audit.out()).get("totals").get("casesWithWarnings").asLong(), audit.out());
    }

    @Test
    void anEmptyArrayIsAnErrorInOneSentence() {
        CliRun run = CliRun.of("audit", CORPUS.resolve("empty-array.json").toString(), "--as-of", AS_OF);
        assertNoStackTrace(run);
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.toString());
    }

    @Test
    void oversizedValuesAreRejectedRecordsNotCrashes() throws IOException {
        Path file = temp.resolve("oversized.ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"caseId\": \"BIG-1\"}\n{\"caseId\": \"BIG-2\", \"childName\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 25; i++) {
                out.write(block);
            }
            out.write(("\"}\n{\"caseId\": \"BIG-3\", \"worker\": " + "9".repeat(5000) + "}\n{\"caseId\": \"BIG-4\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("check", file.toString(), "--as-of", AS_OF, "--format", "json");
        assertNoStackTrace(run);
        JsonNode report = JSON.readTree(run.out());
        assertReconciles(report, run);
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.err());
        assertEquals(List.of("BIG-1", "BIG-4"), caseIds(report));
        assertEquals(List.of(2L, 3L), List.of(report.get("rejected").get(0).get("record").asLong(),
                report.get("rejected").get(1).get("record").asLong()));
    }

    /**
     * Hostile workbooks: a {@code [Content_Types].xml} with an external entity, a truncated file, a zip
     * that holds no workbook. Each is one rejected record in one sentence, with no stack trace and no
     * log line from the libraries on standard error.
     */
    @Test
    void hostileWorkbooksAreRejectedInOneSentence() throws IOException {
        byte[] good = workbook();
        Path entity = temp.resolve("entity.xlsx");
        Files.write(entity, replaceEntry(good, "[Content_Types].xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Types [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&secret;</Types>"));
        Path truncated = Files.write(temp.resolve("truncated.xlsx"), java.util.Arrays.copyOf(good, good.length / 2));
        ByteArrayOutputStream notAWorkbook = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(notAWorkbook)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        Path zip = Files.write(temp.resolve("zip.xlsx"), notAWorkbook.toByteArray());
        for (Path workbook : List.of(entity, truncated, zip)) {
            CliRun run = withLibraryOutput("check", "--annex-a", workbook.toString(), "--as-of", AS_OF, "--format", "json");
            assertNoStackTrace(run);
            assertFalse(run.err().contains("ERROR") || run.err().contains("WARN") || run.err().contains("root:"),
                    run.toString());
            assertFalse(run.out().contains("root:"), run.toString());
            assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.toString());
            JsonNode report = JSON.readTree(run.out());
            assertReconciles(report, run);
            assertEquals(1, report.get("rejected").size(), run.toString());
            assertEquals(workbook.toString(), report.get("rejected").get(0).get("file").asText());
        }
    }

    /**
     * A run whose standard error also holds what libraries printed to the process's own standard error
     * (their log lines, an XML parser's complaints), which users see as well.
     */
    static CliRun withLibraryOutput(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CliRun run;
        try {
            run = CliRun.of(args);
        } finally {
            System.setErr(original);
        }
        return new CliRun(run.exitCode(), run.out(), run.err() + captured.toString(StandardCharsets.UTF_8));
    }

    /** A small Annex A workbook with one child, as bytes. */
    static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("List 1 - Contacts");
            sheet.createRow(0).createCell(0).setCellValue("Child Unique ID");
            sheet.getRow(0).createCell(1).setCellValue("Date of Contact");
            sheet.createRow(1).createCell(0).setCellValue("WB-1");
            sheet.getRow(1).createCell(1).setCellValue("01/02/2026");
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] replaceEntry(byte[] zip, String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : readAll(in));
            }
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    static List<String> caseIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("cases").forEach(c -> ids.add(c.get("caseId").asText()));
        return ids;
    }

    static void assertReconciles(JsonNode report, CliRun run) {
        JsonNode summary = report.get("summary");
        assertEquals(summary.get("recordsRead").asLong(), summary.get("evaluated").asLong() + summary.get("rejected").asLong(),
                run.toString());
        assertEquals(summary.get("evaluated").asLong(), report.get("cases").size());
        assertEquals(summary.get("rejected").asLong(), report.get("rejected").size());
    }

    static void assertNoStackTrace(CliRun run) {
        for (String stream : List.of(run.out(), run.err())) {
            assertFalse(STACK_FRAME.matcher(stream).find(), run.toString());
            assertFalse(stream.contains("Exception"), run.toString());
        }
    }
}
