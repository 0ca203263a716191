package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.annexa.AnnexAWorkbookWriter;

class AnnexACommandsTest {
    private static final String SAMPLE = "samples/annex-a-sample.xlsx";

    @TempDir
    Path dir;

    @Test
    void checkReadsAWorkbookOneCaseAChild() {
        CliRun run = CliRun.of("check", "--annex-a", SAMPLE, "--as-of", "2026-03-31", "--format", "json");
        assertTrue(run.exitCode() == ExitCodes.ALL_MET || run.exitCode() == ExitCodes.SOME_NOT_MET, run::toString);
        assertTrue(run.out().contains("\"recordsRead\" : 200"), run.out());
        assertTrue(run.out().contains("\"caseId\" : \"AA00001\""), run.out());
    }

    @Test
    void convertWritesJsonThatCheckReadsAndTheSameCasesAsNdjson() throws Exception {
        Path json = dir.resolve("cases.json");
        Path ndjson = dir.resolve("cases.ndjson");
        assertEquals(0, CliRun.of("convert", "--annex-a", SAMPLE, "--to", "json", "--out", json.toString()).exitCode());
        CliRun toNdjson = CliRun.of("convert", "--annex-a", SAMPLE, "--out", ndjson.toString());
        assertEquals(0, toNdjson.exitCode(), toNdjson::toString);
        assertTrue(toNdjson.err().contains("converted 200 cases"), toNdjson.err());
        assertTrue(toNdjson.err().contains("44 cases have warnings"), toNdjson.err());
        List<String> lines = Files.readAllLines(ndjson);
        assertEquals(200, lines.size());
        String array = Files.readString(json);
        lines.forEach(line -> assertTrue(array.contains(line), line));

        CliRun fromJson = CliRun.of("check", json.toString(), "--as-of", "2026-03-31", "--format", "json");
        CliRun fromWorkbook = CliRun.of("check", "--annex-a", SAMPLE, "--as-of", "2026-03-31", "--format", "json");
        assertEquals(withoutSources(fromWorkbook.out()), withoutSources(fromJson.out()));
    }

    @Test
    void aWorkbookThatCannotBeReadIsAnInputError() throws Exception {
        Path notAWorkbook = Files.writeString(dir.resolve("x.xlsx"), "not a workbook");
        CliRun run = CliRun.of("convert", "--annex-a", notAWorkbook.toString());
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run::toString);
        assertTrue(run.err().contains("rejected " + notAWorkbook + " (record 1): this is not an Excel workbook (.xlsx)"),
                run.err());
    }

    @Test
    void checkAndAuditReportAChildThatCouldNotBeReadAsARejectedRecordInTheWorkbooksOrder() throws Exception {
        Path workbook = dir.resolve("bad.xlsx");
        AnnexAWorkbookWriter.write(workbook, List.of(
                new AnnexAWorkbookWriter.SheetSpec("List 8 - Children in care",
                        List.of("Child Unique ID", "Date Started to be Looked After", "Date of Latest Statutory Review"),
                        List.of(List.of("BAD1", LocalDate.of(2025, 6, 2), "31/02/2026"),
                                List.of("GOOD1", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 20))))));

        CliRun check = CliRun.of("check", "--annex-a", workbook.toString(), "--as-of", "2026-03-31", "--format", "json");
        assertEquals(ExitCodes.INPUT_ERROR, check.exitCode(), check::toString);
        JsonNode report = new ObjectMapper().readTree(check.out());
        assertEquals(1, report.get("rejected").size(), check.out());
        assertEquals(1, report.get("rejected").get(0).get("record").asInt());
        assertEquals("List 8 - Children in care, row 2, column C (Date of Latest Statutory Review)",
                report.get("rejected").get(0).get("field").asText());
        assertEquals(2, report.get("cases").get(0).get("source").get("record").asInt(), "numbered as convert numbers it");
        assertEquals(1, check.err().split("rejected " + Pattern.quote(workbook.toString()), -1).length - 1,
                "the rejection is told once: " + check.err());

        CliRun audit = CliRun.of("audit", "--annex-a", workbook.toString(), "--as-of", "2026-03-31", "--format", "md",
                "--no-progress");
        assertEquals(ExitCodes.INPUT_ERROR, audit.exitCode(), audit::toString);
        assertTrue(audit.out().contains("row 2, column C"), audit.out());
        assertTrue(audit.err().contains("1 of 2 records rejected"), audit.err());
    }

    @Test
    void checkAndAuditReportWhatReadingAChildPassedOver() throws Exception {
        Path workbook = dir.resolve("birth-dates.xlsx");
        AnnexAWorkbookWriter.write(workbook, List.of(
                new AnnexAWorkbookWriter.SheetSpec("List 1 - Contacts",
                        List.of("Child Unique ID", "Date of Birth", "Date of Contact"),
                        List.of(List.of("C1", LocalDate.of(2015, 5, 20), LocalDate.of(2025, 9, 1)))),
                new AnnexAWorkbookWriter.SheetSpec("List 8 - Children in care",
                        List.of("Child Unique ID", "Date of Birth", "Date Started to be Looked After"),
                        List.of(List.of("C1", LocalDate.of(2015, 5, 21), LocalDate.of(2025, 11, 5))))));
        String warning = "List 8 - Children in care, row 2, column B (Date of Birth) gives the date of birth as"
                + " 2015-05-21, not 2015-05-20 as List 1 - Contacts, row 2, column B (Date of Birth) does; 2015-05-20"
                + " (read first) was used";

        CliRun check = CliRun.of("check", "--annex-a", workbook.toString(), "--as-of", "2026-03-31", "--format", "json");
        assertTrue(check.exitCode() == ExitCodes.ALL_MET || check.exitCode() == ExitCodes.SOME_NOT_MET, check::toString);
        JsonNode c1 = new ObjectMapper()
                .readTree(check.out()).get("cases").get(0);
        assertEquals("C1", c1.get("caseId").asText());
        assertEquals(1, c1.get("warnings").size(), check.out());
        assertEquals(warning, c1.get("warnings").get(0).asText());

        CliRun text = CliRun.of("check", "--annex-a", workbook.toString(), "--as-of", "2026-03-31");
        assertTrue(text.out().replaceAll("\\s+", " ").contains(warning), text.out());

        CliRun audit = CliRun.of("audit", "--annex-a", workbook.toString(), "--as-of", "2026-03-31", "--format", "json",
                "--no-progress");
        assertTrue(audit.exitCode() == ExitCodes.ALL_MET || audit.exitCode() == ExitCodes.SOME_NOT_MET, audit::toString);
        assertEquals(1, new ObjectMapper().readTree(audit.out())
                .get("totals").get("casesWithWarnings").asInt(), audit.out());
    }

    @Test
    void generateNeedsAtLeastOneChild() {
        CliRun run = CliRun.of("generate-annex-a", "--children", "0", "--out", dir.resolve("x.xlsx").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    }

    /** The report names where each case came from, and the workbook's cases carry warnings the JSON does not. */
    private static String withoutSources(String report) {
        return report.replaceAll("\"(file|source)\" : \"[^\"]*\"", "")
                .replaceAll("(?s)\"warnings\" : \\[[^\\]]*\\]", "");
    }
}
