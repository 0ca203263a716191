package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertTrue(run.err().contains("rejected " + notAWorkbook + " (record 1): cannot read the workbook"), run.err());
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
