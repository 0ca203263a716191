package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecordOrderTest {
    private static final Function<LocalDate, LocalDate> DAY = d -> d;

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void anUndatedRecordKeepsItsPlaceAfterTheDatedOneListedBeforeIt() {
        List<LocalDate> listed = Arrays.asList(d("2026-03-01"), d("2026-01-01"), null, d("2026-02-01"));
        assertEquals(Arrays.asList(d("2026-01-01"), null, d("2026-02-01"), d("2026-03-01")),
                RecordOrder.days(listed, DAY, day -> true));
    }

    @Test
    void undatedRecordsListedFirstComeBeforeTheFirstDatedOneAndEachCounts() {
        List<LocalDate> listed = Arrays.asList(null, null, d("2026-01-01"), d("2026-01-01"));
        assertEquals(Arrays.asList(null, null, d("2026-01-01")), RecordOrder.days(listed, DAY, day -> true));
    }

    @Test
    void recordsArePlacedInAPeriodByTheirDayOrTheDayTheyFollow() {
        List<LocalDate> listed = Arrays.asList(d("2025-06-01"), null, d("2026-02-01"), null);
        assertEquals(Arrays.asList(d("2026-02-01"), null), RecordOrder.days(listed, DAY, day -> day.getYear() == 2026));
        assertEquals(Arrays.asList(null, null), RecordOrder.days(Arrays.asList(null, null), DAY, day -> false),
                "with no dated record at all, undated ones belong to every period");
    }

    @Test
    void eventsOfSeveralListsAreMergedOldestFirstEachDayOnce() {
        List<LocalDate> plans = List.of(d("2026-03-01"), d("2026-01-01"));
        List<LocalDate> reviews = List.of(d("2026-02-01"), d("2026-03-01"), d("2027-01-01"));
        assertEquals(List.of(d("2026-01-01"), d("2026-02-01"), d("2026-03-01")),
                RecordOrder.days(List.of(plans, reviews), day -> day.getYear() == 2026));
        assertEquals(Arrays.asList(d("2026-01-01"), null, d("2026-02-01"), d("2026-03-01")),
                RecordOrder.days(List.of(Arrays.asList(d("2026-01-01"), null), reviews), day -> day.getYear() == 2026),
                "an undated plan after the one of 1 January");
    }
}
