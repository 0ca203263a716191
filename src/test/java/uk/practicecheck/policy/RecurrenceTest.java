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

    private static LocalDate jan(int day) {
        return LocalDate.of(2026, 1, day);
    }

    private static List<Occasion> heldFrom(List<LocalDate> done, LocalDate heldFrom, LocalDate asOf) {
        return Recurrence.occasions(Due.onDay(START, "start"), done, EVERY_TEN_DAYS, null, asOf, n -> "occasion " + n,
                heldFrom, "visits");
    }

    @Test
    void anUndatedOccasionStillCountsButItsTimingAndTheNextOnesCannotBeTold() {
        // 1 Jan on time; the second recorded without a date; the third on 20 Jan, more than 10 days after 1 Jan.
        List<LocalDate> done = java.util.Arrays.asList(jan(1), null, jan(20));
        List<Occasion> list = occasions(done, null, jan(22));
        assertEquals(4, list.size(), "the undated occasion keeps its place: the third is still the third");
        assertNull(list.get(0).untold());
        assertEquals(Recurrence.UNDATED, list.get(1).untold());
        assertEquals(jan(11), list.get(1).due().date());
        assertEquals(Recurrence.PREVIOUS_UNDATED, list.get(2).untold());
        assertEquals(jan(30), list.get(3).due().date(), "the fourth runs from the third's known date");
        assertNull(list.get(3).untold());
    }

    @Test
    void anOccasionWithinTheTimescaleOfTheLastKnownDateBeforeAnUndatedOneIsOnTime() {
        List<Occasion> list = occasions(java.util.Arrays.asList(jan(1), null, jan(9)), null, jan(10));
        assertNull(list.get(2).untold());
        assertEquals(jan(11), list.get(2).due().date());
        assertEquals(jan(9), list.get(2).done());
    }

    @Test
    void afterAnUndatedLastOccasionTheNextCannotBeTold() {
        List<Occasion> list = occasions(java.util.Arrays.asList(jan(1), null), null, LocalDate.of(2026, 6, 1));
        assertEquals(3, list.size());
        assertNull(list.get(2).due());
        assertEquals(Recurrence.PREVIOUS_UNDATED, list.get(2).untold());
    }

    @Test
    void theLatestOccasionHeldProvesWhetherTheNextIsOverdue() {
        // The source holds occasions only from 15 Jan, the day of the only one it holds.
        List<Occasion> list = heldFrom(List.of(jan(15)), jan(15), jan(24));
        assertEquals(2, list.size());
        assertEquals("the record holds visits only from 2026-01-15", list.get(0).untold(), "the one before may be unrecorded");
        assertEquals(jan(25), list.get(1).due().date());
        assertNull(list.get(1).untold(), "the next is judged from the one held: not yet due");
        List<Occasion> later = heldFrom(List.of(jan(15)), jan(15), jan(28));
        assertEquals(jan(25), later.get(1).due().date());
        assertNull(later.get(1).done());
        assertNull(later.get(1).untold(), "overdue since 25 Jan: not met");
    }

    @Test
    void withNothingHeldSinceTheRecordBeganAMissedOccasionIsOverdueOnlyOnceLateEvenFromTheDayBefore() {
        // Held from 15 Jan, nothing recorded: an unrecorded occasion may have been as late as 14 Jan, so the next
        // is due by 24 Jan at the latest. On 20 Jan that cannot be told; on 25 Jan it is overdue.
        Occasion early = heldFrom(List.of(), jan(15), jan(20)).get(0);
        assertEquals("the record holds visits only from 2026-01-15", early.untold());
        Occasion late = heldFrom(List.of(), jan(15), jan(25)).get(0);
        assertNull(late.untold());
        assertEquals(jan(24), late.due().date());
        assertNull(late.done());
    }

    @Test
    void anOccasionLateEvenFromTheDayBeforeTheRecordBeganIsLate() {
        // Held from 5 Jan; the first recorded on 20 Jan: even an unrecorded one on 4 Jan made it due by 14 Jan.
        Occasion first = heldFrom(List.of(jan(20)), jan(5), jan(21)).get(0);
        assertNull(first.untold());
        assertEquals(jan(14), first.due().date());
        assertEquals(jan(20), first.done());
        Occasion between = heldFrom(List.of(jan(12)), jan(5), jan(21)).get(0);
        assertEquals("the record holds visits only from 2026-01-05", between.untold(), "late from 1 Jan, not from 4 Jan");
        Occasion onTime = heldFrom(List.of(jan(1)), jan(5), jan(21)).get(0);
        assertNull(onTime.untold(), "on time is on time, whatever came before");
    }

    @Test
    void theFirstOccasionsAreTheSameWhateverTheLimitAndNoMoreAreWorkedOut() {
        // Nothing done from 1 Jan to 25 Mar: eight missed occasions, then the next; asked for the first three only.
        List<Occasion> all = occasions(List.of(), null, LocalDate.of(2026, 3, 25));
        List<LocalDate> asked = new java.util.ArrayList<>();
        Recurrence.NextDue counting = (previous, done) -> {
            asked.add(previous);
            return EVERY_TEN_DAYS.after(previous, done);
        };
        List<Occasion> first = Recurrence.first(3, Due.onDay(START, "start"), List.of(), counting, null, LocalDate.of(2026, 3, 25),
                n -> "occasion " + n, null, null);
        assertEquals(all.subList(0, 3), first);
        assertEquals(List.of(jan(1), jan(11), jan(21)), asked, "no deadline worked out beyond the third");
    }
}
