package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A duty done again and again while it lasts, such as visiting a child on a child protection
 * plan or supervising an open case: the first time within one timescale of the duty starting,
 * then each time within another timescale of the time before. Each {@link Step} is one such
 * stretch: when it started, when the next occasion was due and when it came, if it has.
 */
public final class RecurringDuty {
    private RecurringDuty() {
    }

    /**
     * One stretch of the duty.
     *
     * @param number which occasion it waits for, from 1
     * @param from   the day the stretch started: the duty's start or the occasion before
     * @param due    when the next occasion was due
     * @param done   the day it came, or null if it has not
     */
    public record Step(int number, LocalDate from, Due due, LocalDate done) {
    }

    /**
     * The steps of a duty that started on {@code start} and lasts until {@code end} (null while it
     * continues). Occasions outside the duty are ignored. A last step whose due day falls after
     * the duty ended was never owed and is left out.
     *
     * @param firstKey     the timescale for the first occasion, from the start
     * @param laterKey     the timescale for each later occasion, from the one before
     * @param startWhat    the start, in words: "the child protection plan started"
     * @param occasions    the days the duty was done, in any order
     * @param occasionWhat an occasion, in words: "the visit"
     */
    public static List<Step> steps(Policy policy, String firstKey, String laterKey, LocalDate start, String startWhat,
                                   LocalDate end, List<LocalDate> occasions, String occasionWhat) {
        TreeSet<LocalDate> within = new TreeSet<>();
        for (LocalDate day : occasions) {
            if (!day.isBefore(start) && (end == null || !day.isAfter(end))) {
                within.add(day);
            }
        }
        List<Step> steps = new ArrayList<>(within.size() + 1);
        LocalDate from = start;
        Due due = policy.due(firstKey, start, startWhat);
        for (LocalDate occasion : within) {
            steps.add(new Step(steps.size() + 1, from, due, occasion));
            from = occasion;
            due = policy.due(laterKey, occasion, occasionWhat);
        }
        if (end == null || !end.isBefore(due.date())) {
            steps.add(new Step(steps.size() + 1, from, due, null));
        }
        return steps;
    }
}
