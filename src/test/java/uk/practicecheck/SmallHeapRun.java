package uk.practicecheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a separate JVM whose heap is smaller than its input, as the tests that prove
 * an input streams need: the JVM ends at its first out-of-memory error instead of limping on. Its temporary
 * files and rule book cache go under the test's folder, so a test can also check what is left behind.
 */
public final class SmallHeapRun {
    /** How the run ended: its exit value and everything it printed. */
    public record Ended(int exitValue, String log) {
    }

    private SmallHeapRun() {
    }

    /** The folder the run's {@code java.io.tmpdir} points at. */
    public static Path temporaryFolder(Path folder) {
        return folder.resolve("tmp");
    }

    public static Ended run(Path folder, int heapMb, String... arguments) throws IOException, InterruptedException {
        Path temporary = Files.createDirectories(temporaryFolder(folder));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + temporary,
                "-cp", System.getProperty("java.class.path"), "uk.practicecheck.cli.PracticeCheck"));
        command.addAll(List.of(arguments));
        Path log = folder.resolve("log.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run did not finish: " + String.join(" ", arguments));
        return new Ended(process.exitValue(), Files.readString(log));
    }
}
