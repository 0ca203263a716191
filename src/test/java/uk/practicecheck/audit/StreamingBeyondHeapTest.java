package uk.practicecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.SmallHeapRun;
import uk.practicecheck.generate.CaseGenerator;

/**
 * An input larger than the whole heap audits in a separate JVM without running out of memory. The input
 * (about 160 MB) is more than twice the heap. 32 MB, enough for the 41-rule book, ran out of memory now
 * and then with the 45-rule book, on an idle machine too.
 */
class StreamingBeyondHeapTest {
    private static final int HEAP_MB = 64;
    private static final int CASES = 45_000;

    @TempDir
    Path folder;

    @Test
    void anInputLargerThanTheHeapIsAudited() throws Exception {
        Path input = folder.resolve("large.ndjson");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            new CaseGenerator(42, AuditRunner.AS_OF).writeNdjson(CASES, out);
        }
        assertTrue(Files.size(input) > HEAP_MB * 1024L * 1024L, "input " + Files.size(input) + " bytes");
        Path report = folder.resolve("report.json");
        SmallHeapRun.Ended ended = SmallHeapRun.run(folder, HEAP_MB, "audit", "--as-of", "2026-06-01",
                "--format", "json", "--out", report.toString(), input.toString());
        assertTrue(List.of(0, 1).contains(ended.exitValue()), "exit " + ended.exitValue() + ": " + ended.log());
        JsonNode totals = new ObjectMapper().readTree(report.toFile()).get("totals");
        assertEquals(CASES, totals.get("recordsRead").asLong());
        assertEquals(CASES, totals.get("evaluated").asLong());
    }
}
