package uk.practicecheck.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.SmallHeapRun;

/**
 * A return whose children's rows take more than the whole heap converts in a separate JVM without
 * running out of memory: the rows are sorted by child through temporary files. When each child's
 * facts were kept until every table had been read, a return of this size (about 33,000 children,
 * 200,000 rows) ran out of memory in this heap (docs/statutory-returns.md).
 */
class ReturnBeyondHeapTest {
    private static final int HEAP_MB = 24;

    @TempDir
    Path folder;

    @Test
    void aReturnLargerThanTheHeapIsConvertedChildByChild() throws Exception {
        Path tables = folder.resolve("903");
        new SyntheticSsda903(40_000, 3, LocalDate.of(2026, 3, 31)).writeCsv(LocalDate.of(2026, 3, 31), tables);
        long children;
        try (Stream<String> lines = Files.lines(tables.resolve("Header.csv"))) {
            children = lines.count() - 1;
        }
        Path converted = folder.resolve("cases.ndjson");
        SmallHeapRun.Ended ended = SmallHeapRun.run(folder, HEAP_MB,
                "convert", "--ssda903", tables.toString(), "--out", converted.toString());
        String log = ended.log();
        assertEquals(0, ended.exitValue(), log);
        assertTrue(log.contains("converted " + children + " cases"), log);
        try (Stream<String> lines = Files.lines(converted)) {
            assertEquals(children, lines.count());
        }
        try (Stream<Path> left = Files.list(SmallHeapRun.temporaryFolder(folder))) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith("practice-check-ssda903-")).count(),
                    "the temporary files are gone when the program ends");
        }
    }
}
