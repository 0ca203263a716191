package uk.practicecheck.cincensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.SmallHeapRun;

/**
 * A census larger than the whole heap converts in a separate JVM without running out of memory: its
 * children are read one at a time, not kept. The census (about 19 MB, 27,000 children in the year)
 * is more than its heap; when each child's facts were kept until the end of the file, this ran out
 * of memory (docs/statutory-returns.md).
 */
class CensusBeyondHeapTest {
    private static final int HEAP_MB = 16;
    private static final int CHILDREN = 30_000;

    @TempDir
    Path folder;

    @Test
    void aCensusLargerThanTheHeapIsConvertedChildByChild() throws Exception {
        Path census = folder.resolve("cin.xml");
        try (OutputStream out = Files.newOutputStream(census)) {
            new SyntheticCinCensus(CHILDREN, 3).write(LocalDate.of(2026, 3, 31), out);
        }
        assertTrue(Files.size(census) > HEAP_MB * 1024L * 1024L, "census " + Files.size(census) + " bytes");
        long inYear;
        try (Stream<String> lines = Files.lines(census)) {
            inYear = lines.mapToLong(l -> l.split("<Child>", -1).length - 1).sum();
        }
        Path converted = folder.resolve("cases.ndjson");
        SmallHeapRun.Ended ended = SmallHeapRun.run(folder, HEAP_MB,
                "convert", "--cin-census", census.toString(), "--out", converted.toString());
        String log = ended.log();
        assertEquals(0, ended.exitValue(), log);
        assertTrue(log.contains("converted " + inYear + " cases"), log);
        try (Stream<String> lines = Files.lines(converted)) {
            assertEquals(inYear, lines.count());
        }
    }
}
