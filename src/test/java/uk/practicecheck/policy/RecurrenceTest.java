package uk.practicecheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    /** Every 10 days after the previous occasion. */
    private static final Recurrence.NextDue EVERY_TEN_DAYS = (previous, done) -> Due.onDay(previous.plusDays(10), "10 days");

    private static List<Occasion> occasions(List<LocalDate> done, LocalDate end, LocalDate asOf) {
        return Recurrence.occasions(Due.onDay(START, "start"), done, EVERY_TEN_DAYS, end, asOf, n -> "occasion " + n);
    }

    @Test
    void listsEachOccasionDoneThenTheNextFromTheActualDate() {
        List<Occasion> list = occasions(List.of(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 12)), null, LocalDate.of(2026, 1, 15));
        assertEquals(3, list.size());
        assertEquals(LocalDate.of(2026, 1, 9), list.get(1).due().date());
        assertEquals(LocalDate.of(2026, 1, 22), list.get(2).due().date());
        assertNull(list.get(2).done());
    }

    @Test
    void aMissedOccasionIsFollowedByOnesCountedFromItsDueDate() {
        List<Occasion> list = occasions(List.of(), null, LocalDate.of(2026, 1, 25));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 31)),
                list.stream().map(o -> o.due().date()).toList());
    }

    @Test
    void theNextOccasionIsListedOnItsDueDayButNoneAfterIt() {
        List<Occasion> list = occasions(List.of(), null, START);
        assertEquals(1, list.size());
    }

    @Test
    void nothingFallsDueAfterTheTimetableEnded() {
        List<Occasion> list = occasions(List.of(START), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 6, 1));
        assertEquals(1, list.size());
        assertEquals(List.of(), occasions(List.of(), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 1)));
    }
}
