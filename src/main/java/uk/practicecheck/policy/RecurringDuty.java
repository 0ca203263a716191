package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A duty done again and again while it lasts, such as visiting a child on a child protection
 * plan or supervising an open case: the first time within one timescale of the duty starting,
 * then each time within another timescale of the time before. Each occasion recorded is judged
 * against the one before it, and then the next one, due or not yet due; unlike {@link Recurrence},
 * a missed occasion is reported once, without counting further ones from the day it was due.
 */
public final class RecurringDuty {
    private RecurringDuty() {
    }

    /**
     * What the duty is and how it recurs.
     *
     * @param firstKey     the timescale for the first occasion, from the start
     * @param laterKey     the timescale for each later occasion, from the one before
     * @param startWhat    the start, in words: "the child protection plan started"
     * @param occasionWhat an occasion, in words: "the visit"
     * @param what         the occasions, plural, in words: "visits"
     */
    public record Duty(String firstKey, String laterKey, String startWhat, String occasionWhat, String what) {
    }

    /**
     * The occasions of a duty that started on {@code start} and lasts until {@code end} (null while
     * it continues). A last occasion whose due day falls after the duty ended was never owed and is left out.
     *
     * @param days     the days the duty was done, oldest first, null for one recorded without its date
     *                 ({@link uk.practicecheck.model.RecordOrder#days}); dated ones outside the duty are ignored
     * @param heldFrom the day from which the source holds every occasion; null when it holds them all
     * @param label    the label of each occasion, its number (from 1) following: "child protection plan from 2026-01-05: visit "
     */
    public static List<Occasion> occasions(Policy policy, Duty duty, LocalDate start, LocalDate end,
                                           List<LocalDate> days, LocalDate asOf, LocalDate heldFrom,
                                           String label) {
        List<LocalDate> within = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            if (day == null || !day.isBefore(start) && (end == null || !day.isAfter(end))) {
                within.add(day);
            }
        }
        Due first = policy.due(duty.firstKey(), start, duty.startWhat());
        Timescale later = policy.timescale(duty.laterKey());
        Recurrence.NextDue next = (previous, wasDone) -> policy.due(later, previous,
                wasDone ? duty.occasionWhat() : "the date the missed occasion was due");
        // Each occasion recorded, then the next one: the missed ones after it are not worked out.
        return Recurrence.first(within.size() + 1, first, within, next, end, asOf, n -> label + n, heldFrom, duty.what());
    }
}
