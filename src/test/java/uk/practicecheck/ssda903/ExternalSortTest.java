package uk.practicecheck.ssda903;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExternalSortTest {
    private static List<ExternalSort.Entry> all(ExternalSort sort) throws Exception {
        List<ExternalSort.Entry> entries = new ArrayList<>();
        for (Iterator<ExternalSort.Entry> it = sort.sorted(); it.hasNext(); ) {
            entries.add(it.next());
        }
        return entries;
    }

    private static void fill(ExternalSort sort, long seed) throws Exception {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            sort.add("child-" + random.nextInt(150), i, ("row " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void entriesSpilledToRunsAndMergedInRoundsComeOutAsSortedInMemory() throws Exception {
        try (ExternalSort inMemory = new ExternalSort(Long.MAX_VALUE, 2); ExternalSort onDisk = new ExternalSort(1_000, 3)) {
            fill(inMemory, 7);
            fill(onDisk, 7);
            assertFalse(inMemory.spilled());
            assertTrue(onDisk.spilled(), "a budget of 1,000 bytes writes runs, more than three, so merged in rounds");
            List<ExternalSort.Entry> expected = all(inMemory);
            List<ExternalSort.Entry> actual = all(onDisk);
            assertEquals(2_000, actual.size());
            assertEquals(2_000, onDisk.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).key(), actual.get(i).key());
                assertEquals(expected.get(i).seq(), actual.get(i).seq());
                assertArrayEquals(expected.get(i).payload(), actual.get(i).payload());
            }
            for (int i = 1; i < actual.size(); i++) {
                int byKey = actual.get(i - 1).key().compareTo(actual.get(i).key());
                assertTrue(byKey < 0 || byKey == 0 && actual.get(i - 1).seq() < actual.get(i).seq(), "by key, then sequence");
            }
            assertEquals(actual.stream().map(ExternalSort.Entry::seq).toList(), all(onDisk).stream().map(ExternalSort.Entry::seq).toList(),
                    "read again from the start, the same");
        }
    }

    @Test
    void theTemporaryFilesHoldNothingInClearAndAreDeletedOnClose() throws Exception {
        ExternalSort sort = new ExternalSort(500, 64);
        for (int i = 0; i < 200; i++) {
            sort.add("CHILD-" + (1_000_000 + i), i, ("DOB 01/02/2015 row " + i).getBytes(StandardCharsets.UTF_8));
        }
        Path folder = sort.folder();
        assertTrue(Files.isDirectory(folder));
        List<Path> runs;
        try (Stream<Path> files = Files.list(folder)) {
            runs = files.toList();
        }
        assertTrue(runs.size() > 1, runs::toString);
        for (Path run : runs) {
            String text = new String(Files.readAllBytes(run), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("CHILD-1") || text.contains("01/02/2015") || text.contains("DOB"), run + " is encrypted");
        }
        assertEquals(200, all(sort).size());
        sort.close();
        assertFalse(Files.exists(folder), "the runs and their folder are deleted");
    }
}
