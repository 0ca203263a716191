package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real program, in a process of its own with its standard output piped, as a shell pipeline
 * runs it: what every command that can write to standard output writes there is byte for byte
 * what it writes to {@code --out FILE}. (Output cut short when piped was a bug: the last
 * buffer was never flushed before the program exited.) And running out of memory, anywhere,
 * ends with exit code 70 and a sentence.
 */
class PipedOutputTest {
    private static final String SAMPLE = "samples/annex-a-sample.xlsx";

    @TempDir
    Path dir;

    /** One run of the program in its own JVM: exit code, standard output as bytes, standard error as text. */
    record Run(int exitCode, byte[] out, String err) {
    }

    static Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PracticeCheck.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 5 minutes: " + command);
        }
        return new Run(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static Run uncheckedJava(List<String> args) {
        try {
            return java(List.of(), args.toArray(String[]::new));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every command that can write to standard output and to a file, as {@code --out} (or its own
     * option) names it. The formats of a command share its way out, so one format a command does.
     */
    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(List.of("convert", "--annex-a", SAMPLE, "--to", "ndjson"), "--out"),
                Arguments.of(List.of("audit", "--annex-a", SAMPLE, "--as-of", "2026-03-31", "--no-progress",
                        "--format", "csv"), "--out"),
                Arguments.of(List.of("generate", "--cases", "3000", "--seed", "7"), "--out"),
                Arguments.of(List.of("rules", "docs"), "--output"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void pipedStandardOutputIsByteForByteWhatOutWrites(List<String> command, String outOption) throws Exception {
        Path file = dir.resolve("out");
        List<String> toFile = new ArrayList<>(command);
        toFile.addAll(List.of(outOption, file.toString()));
        List<String> toPipe = new ArrayList<>(command);
        if (outOption.equals("--output")) {
            toPipe.addAll(List.of(outOption, "-"));
        }

        CompletableFuture<Run> writing = CompletableFuture.supplyAsync(() -> uncheckedJava(toFile));
        Run piped = java(List.of(), toPipe.toArray(String[]::new));
        Run written = writing.join();

        assertEquals(written.exitCode(), piped.exitCode(), piped.err());
        byte[] expected = Files.readAllBytes(file);
        assertTrue(expected.length > 20_000, "enough to fill several buffers: " + expected.length);
        assertArrayEquals(expected, piped.out(), "piped " + piped.out().length + " bytes, the file has " + expected.length);
    }

    @Test
    void runningOutOfMemoryEndsWithExitCode70AndASentence() throws Exception {
        Run run = java(List.of("-Xmx8m", "-XX:+UseSerialGC"), "check", "samples", "--as-of", "2026-03-31");

        assertEquals(ExitCodes.INTERNAL_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().contains(PracticeCheck.OUT_OF_MEMORY), run.err());
    }
}
