package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run that finds no record at all is an error in one sentence, not "Read 0 records" and success. */
class EmptyRunTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"check", "audit"})
    void anEmptyArrayIsAnInputError(String command) throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.json"), "[ ]\n");
        CliRun run = CliRun.of(command, empty.toString(), "--as-of", "2026-01-01");
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no case record was found in " + empty), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "audit"})
    void aFolderWithNoCaseFilesIsAnInputError(String command) throws Exception {
        Path folder = Files.createDirectory(temp.resolve("nothing-here"));
        Files.writeString(folder.resolve("notes.txt"), "not a case file");
        CliRun run = CliRun.of(command, folder.toString(), "--as-of", "2026-01-01");
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("nothing was " + (command.equals("check") ? "checked" : "audited")), run.toString());
        assertTrue(run.err().contains(folder.toString()), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "audit"})
    void aWhiteSpaceOnlyFileIsARejectedRecord(String command) throws Exception {
        Path blank = Files.writeString(temp.resolve("blank.json"), " \n\t\n");
        CliRun run = CliRun.of(command, blank.toString(), "--as-of", "2026-01-01");
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.toString());
        assertTrue(run.toString().contains("the file is empty"), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "audit"})
    void aReturnOrCensusWithNoChildIsAnInputErrorNamingThem(String command) throws Exception {
        Path folder = Files.createDirectory(temp.resolve("903-2025"));
        Files.writeString(folder.resolve("Header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        Path census = Files.writeString(temp.resolve("cin.xml"), "<Message><Header/><Children></Children></Message>");
        CliRun run = CliRun.of(command, "--ssda903", folder.toString(), "--cin-census", census.toString());
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no case record was found in " + folder + ", " + census
                + " (an empty array, a folder with no .json, .ndjson or .jsonl files, empty input, or a workbook or return"
                + " with no child in it)"), run.toString());
    }

    @Test
    void aWorkbookWithAListButNoChildConvertsNothingAndSaysSo() throws Exception {
        Path workbook = temp.resolve("no-children.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            book.createSheet("List 1 - Contacts").createRow(0).createCell(0).setCellValue("Child Unique ID");
            book.write(out);
        }
        CliRun run = CliRun.of("convert", "--annex-a", workbook.toString(), "--out", temp.resolve("out.ndjson").toString());
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("nothing was converted"), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
    }
}
