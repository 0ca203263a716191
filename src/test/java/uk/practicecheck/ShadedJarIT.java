package uk.practicecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.practicecheck.engine.RuleSources;

/**
 * The packaged, shaded jar runs on its own: Drools finds its engine and compiler only through
 * the merged {@code META-INF/services} files, so a wrong shade configuration shows up here and
 * nowhere else. Run by Failsafe after {@code package}.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "practice-check.jar");

    record Result(int exitCode, String out, String err) {
    }

    private static Result runJar(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "run mvn verify: no " + JAR);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("practice-check-out", ".txt");
        Path err = Files.createTempFile("practice-check-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish within 2 minutes");
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theJarChecksASampleWithTheBundledRules() throws Exception {
        Result result = runJar("check", "samples/04-looked-after-drift-missing-from-care.json", "--as-of", "2026-11-23");

        assertEquals(1, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().contains("Judged against " + RuleSources.bundled().size() + " rules"), result.out());
        assertTrue(result.out().contains("Kacper W. (case CC-317402)"), result.out());

        Result json = runJar("check", "samples/04-looked-after-drift-missing-from-care.json", "--as-of", "2026-11-23",
                "--format", "json");
        JsonNode results = new ObjectMapper().readTree(json.out()).get("cases").get(0).get("results");
        List<String> judged = new ArrayList<>();
        results.forEach(r -> judged.add(r.get("rule").asText()));
        for (String id : List.of("adoption.family-finding-started", "missing.return-interview-offered",
                "permanence.adoption-considered", "plans.specific", "lookedafter.reviews-on-time",
                "protection.initial-conference-timely")) {
            assertTrue(judged.contains(id), id + " not judged:\n" + json.out());
        }
    }

    @Test
    void theJarExitsZeroOnACompliantCase() throws Exception {
        Result result = runJar("check", "src/test/resources/cli/compliant-child-in-need.json", "--as-of", "2026-11-23",
                "--format", "json");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("\"asOf\" : \"2026-11-23\""), result.out());
    }

    @Test
    void theJarReportsItsVersionFromTheManifest() throws Exception {
        Result result = runJar("--version");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("practice-check 0."), result.out());
    }
}
