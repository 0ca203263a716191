package uk.practicecheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.generate.CaseGenerator;

/**
 * A real {@code audit} process killed while it writes its run to the history: the history stays
 * readable, keeps the runs it had, and shows nothing of the killed one.
 */
class KilledAuditTest {
    private static final int CASES = 8_000;

    @TempDir
    Path folder;

    private Process audit(Path input, Path db, Path report) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The killed process cannot delete its spool of cases: keep it in the test's folder, not /tmp.
                "-Djava.io.tmpdir=" + folder, "-cp", System.getProperty("java.class.path"),
                "uk.practicecheck.cli.PracticeCheck", "audit",
                input.toString(), "--as-of", "2026-06-01", "--format", "json", "--out", report.toString(),
                "--history=" + db);
        builder.redirectErrorStream(true).redirectOutput(folder.resolve("log-" + report.getFileName() + ".txt").toFile());
        return builder.start();
    }

    @Test
    void anAuditKilledWhileRecordingLeavesNoPartOfItsRun() throws Exception {
        Path small = folder.resolve("small.ndjson");
        Path large = folder.resolve("large.ndjson");
        try (Writer out = Files.newBufferedWriter(small, StandardCharsets.UTF_8)) {
            new CaseGenerator(7, LocalDate.of(2026, 6, 1)).writeNdjson(50, out);
        }
        try (Writer out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            new CaseGenerator(8, LocalDate.of(2026, 6, 1)).writeNdjson(CASES, out);
        }
        Path db = folder.resolve("history.db");
        Process first = audit(small, db, folder.resolve("first.json"));
        assertTrue(first.waitFor(5, TimeUnit.MINUTES));
        assertEquals(1, first.exitValue(), Files.readString(folder.resolve("log-first.json.txt")));

        Path report = folder.resolve("second.json");
        Path journal = Path.of(db + "-journal");
        Process second = audit(large, db, report);
        boolean killedWhileRecording = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (second.isAlive() && System.nanoTime() < deadline) {
            // The report is written before the run is recorded; the journal exists while a transaction writes.
            if (Files.exists(journal) && reportIsComplete(report)) {
                second.destroyForcibly();
                killedWhileRecording = true;
                break;
            }
            Thread.sleep(2);
        }
        assertTrue(second.waitFor(1, TimeUnit.MINUTES));
        assertTrue(killedWhileRecording, "the audit was not caught recording: "
                + Files.readString(folder.resolve("log-second.json.txt")));

        try (var files = Files.list(folder)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".spool")),
                    "the killed audit's spool is left in the test's folder, which is deleted after the test");
        }
        try (History history = History.openExisting(HistoryLocation.resolve(db.toString(), Map.of()))) {
            List<RecordedRun> runs = history.runs();
            assertEquals(1, runs.size(), "only the first audit's run");
            assertEquals(50, runs.get(0).evaluated());
            assertEquals(50, HistoryTables.rowCount(history, "audited_case"));
            try (Statement statement = history.connection().createStatement();
                 ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                List<String> problems = new ArrayList<>();
                while (check.next()) {
                    problems.add(check.getString(1));
                }
                assertEquals(List.of("ok"), problems);
            }
        }
    }

    private static boolean reportIsComplete(Path report) {
        try {
            return Files.exists(report) && new ObjectMapper().readTree(report.toFile()).has("totals");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
