package uk.practicecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/practice-check} runs the packaged jar as {@code java -jar} does, with the same output and exit
 * code, and keeps a class-data sharing archive for each jar and java that later runs load their classes from.
 * Run by Failsafe after {@code package}.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin", "practice-check");
    private static final Path JAR = Path.of("target", "practice-check.jar");
    private static final String SAMPLE = "samples/04-looked-after-drift-missing-from-care.json";

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "did not finish within 5 minutes: " + List.of(command));
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result launcher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return run(environment, Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toArray(String[]::new));
    }

    private List<Path> archives() throws IOException {
        Path cache = temp.resolve("cache").resolve("practice-check");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa") || f.getFileName().toString().endsWith(".aot"))
                    .toList();
        }
    }

    @Test
    void runsTheJarWithTheSameOutputAndExitCodeAndThenLoadsItsClassesFromTheArchive() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run mvn verify: no " + JAR);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result plain = run(Map.of(), java, "-jar", JAR.toString(), "check", SAMPLE, "--as-of", "2026-11-23");

        Result first = launcher(Map.of(), "check", SAMPLE, "--as-of", "2026-11-23");
        assertEquals(plain, first);
        assertEquals(1, archives().size(), "the first run writes the archive");

        Path classLog = temp.resolve("classes.log");
        Result second = launcher(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog),
                "check", SAMPLE, "--as-of", "2026-11-23");
        assertEquals(plain, second);
        assertTrue(Files.readString(classLog).contains("uk.practicecheck.cli.PracticeCheck source: shared objects file"),
                "the second run loads the application's classes from the archive");
    }

    @Test
    void onlyACheckOrAnAuditMakesTheArchiveAndARebuiltJarGetsItMadeAgain() throws Exception {
        Path jar = temp.resolve("practice-check.jar");
        Files.copy(JAR, jar, StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> copy = Map.of("PRACTICE_CHECK_JAR", jar.toString());
        assertEquals(0, launcher(copy, "--version").exitCode());
        assertEquals(1, launcher(Map.of("PRACTICE_CHECK_JAR", jar.toString(), "PRACTICE_CHECK_CDS", "off"),
                "check", SAMPLE, "--as-of", "2026-11-23").exitCode());
        assertTrue(archives().isEmpty(), "no archive from --version (it loads too few classes), nor when it is off");

        assertEquals(1, launcher(copy, "check", SAMPLE, "--as-of", "2026-11-23").exitCode());
        Path archive = archives().get(0);
        String stamp = Files.readString(Path.of(archive + ".stamp"));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Result rebuilt = launcher(copy, "check", SAMPLE, "--as-of", "2026-11-23");

        assertEquals(1, rebuilt.exitCode(), rebuilt.err());
        assertEquals(List.of(archive), archives(), "one archive for each jar, made again");
        assertNotEquals(stamp, Files.readString(Path.of(archive + ".stamp")));
        try (Stream<Path> files = Files.list(archive.getParent())) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".partial")), "no partial archive left behind");
        }
    }

    @Test
    void aCheckOrAnAuditOfAtMost128MbRunsWithTheQuickCompilerAloneAndLargerInputDoesNot() throws Exception {
        Path large = temp.resolve("large.ndjson");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(128L * 1024 * 1024 + 1);
        }
        String quick = "-XX:TieredStopAtLevel=1";

        assertTrue(jvmFlags("check", SAMPLE, "--as-of", "2026-11-23").contains(quick));
        assertTrue(jvmFlags("check", SAMPLE, "samples/06-looked-after-family-finding-late.json").contains(quick));
        assertTrue(jvmFlags("audit", SAMPLE, "--as-of", "2026-11-23").contains(quick), "an audit");
        assertFalse(jvmFlags("check", large.toString()).contains(quick), "more than 128 MB");
        assertFalse(jvmFlags("audit", SAMPLE, large.toString()).contains(quick), "more than 128 MB in all");
        assertFalse(jvmFlags("check", "samples").contains(quick), "a folder");
        assertFalse(jvmFlags("convert", SAMPLE).contains(quick), "neither a check nor an audit");
    }

    @Test
    void checksAndAuditsRunWithTheSerialCollectorUnlessJavaOptsNameAnother() throws Exception {
        String serial = "-XX:+UseSerialGC";
        assertTrue(jvmFlags("check", SAMPLE, "--as-of", "2026-11-23").contains(serial));
        assertTrue(jvmFlags("audit", SAMPLE, "--as-of", "2026-11-23").contains(serial));

        Result g1 = launcher(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:+UseG1GC"), "audit", SAMPLE, "--as-of", "2026-11-23");
        String flags = g1.out().lines().findFirst().orElse("");
        assertTrue(flags.contains("-XX:+UseG1GC"), flags);
        assertFalse(flags.contains(serial), flags);
        assertEquals(1, g1.exitCode(), g1.err());
    }

    /** The flags the JVM ran with, as it prints them first on standard output when asked to. */
    private String jvmFlags(String... args) throws Exception {
        return launcher(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), args).out().lines().findFirst().orElse("");
    }

    /** Java 25, where installed: the machines' image has Temurin's here; Debian 12 (CI) packages none. */
    private static final Path JAVA_25 = Path.of(System.getenv().getOrDefault("PRACTICE_CHECK_TEST_JAVA_25",
            "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));

    @Test
    void withJava25TheArchiveIsAnAheadOfTimeCacheAndTheOutputIsUnchanged() throws Exception {
        if (!Files.isExecutable(JAVA_25)) {
            System.err.println("LauncherIT: Java 25 test SKIPPED: no Java 25 at " + JAVA_25 + " (set PRACTICE_CHECK_TEST_JAVA_25)");
        }
        assumeTrue(Files.isExecutable(JAVA_25), "no Java 25 at " + JAVA_25 + " (set PRACTICE_CHECK_TEST_JAVA_25): skipped");
        Map<String, String> java25 = Map.of("JAVA", JAVA_25.toString());
        Result plain = run(Map.of(), JAVA_25.toString(), "-jar", JAR.toString(), "check", SAMPLE, "--as-of", "2026-11-23");

        Result first = launcher(java25, "check", SAMPLE, "--as-of", "2026-11-23");
        assertEquals(plain, first, "the run that records what to cache prints nothing of its own");
        assertEquals(1, archives().size(), "the first run makes the cache");
        assertTrue(archives().get(0).toString().endsWith(".aot"), archives().toString());
        try (Stream<Path> files = Files.list(archives().get(0).getParent())) {
            assertFalse(files.anyMatch(f -> f.toString().contains(".partial")), "neither the record nor a partial cache is left behind");
        }

        Path classLog = temp.resolve("classes.log");
        Result second = launcher(Map.of("JAVA", JAVA_25.toString(), "JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog),
                "check", SAMPLE, "--as-of", "2026-11-23");
        assertEquals(plain, second);
        assertTrue(Files.readString(classLog).contains("uk.practicecheck.cli.PracticeCheck source: shared objects file"),
                "the second run loads the application's classes from the cache");
    }

    @Test
    void saysHowToBuildTheJarWhenThereIsNone() throws Exception {
        Result result = launcher(Map.of("PRACTICE_CHECK_JAR", temp.resolve("missing.jar").toString()), "--version");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("mvn -q package -DskipTests"), result.err());
    }
}
