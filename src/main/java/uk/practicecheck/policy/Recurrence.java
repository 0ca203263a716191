package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Works out a recurring timetable: the first occasion is due by a fixed deadline, and each later
 * one a timescale after the one before it was actually done, or after it was due where it was
 * missed. Every occasion due up to the as-of date is listed, then the next one, which is not yet
 * due; nothing is listed that would fall due after the timetable ended (the child left care, the
 * placement ended).
 *
 * <p>Two kinds of gap in the record are honoured. An occasion recorded without its date still
 * counts (the next one is still the next one), but whether it was on time cannot be told, nor
 * whether the one after it was, unless that came within the timescale of the last date known
 * before it. And where the source holds the occasions only from a day on (a partial history), a
 * missing or late occasion whose timescale began before that day cannot be told either, unless it
 * is late even counted from the day before the record begins: the latest an unrecorded occasion can have been.
 */
public final class Recurrence {
    /** A safety limit: no real timetable has this many occasions before any as-of date. */
    private static final int MAX_OCCASIONS = 1000;
    static final String UNDATED = "its date is not recorded";
    static final String PREVIOUS_UNDATED = "the date of the one before it is not recorded";

    private Recurrence() {
    }

    /** The deadline for the next occasion after the previous one was done or due on {@code previous}. */
    @FunctionalInterface
    public interface NextDue {
        Due after(LocalDate previous, boolean previousWasDone);
    }

    /** A timetable whose occasions the source holds completely. */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NextDue next, LocalDate end,
                                           LocalDate asOf, IntFunction<String> labels) {
        return occasions(first, done, next, end, asOf, labels, null, null);
    }

    /**
     * @param first    when the first occasion is due
     * @param done     the days occasions happened, oldest first, null for one recorded without its date
     *                 (in its place in the record); the nth is taken as the nth occasion
     * @param next     how the next deadline follows from the previous occasion
     * @param end      the last day the timetable runs, or null while it runs on
     * @param asOf     the as-of date
     * @param labels   the label of the nth occasion (1-based)
     * @param heldFrom the day from which the source holds every occasion; null when it holds them all
     * @param what     the occasions in words, for a reader ("visits"); used with {@code heldFrom}
     */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NextDue next, LocalDate end,
                                           LocalDate asOf, IntFunction<String> labels, LocalDate heldFrom, String what) {
        String heldOnlyFrom = heldFrom == null ? null : "the record holds " + what + " only from " + heldFrom;
        List<Occasion> occasions = new ArrayList<>();
        Due due = first;
        // The last day known for certain: the previous occasion's, or where the timetable started.
        LocalDate anchor = first.countedFrom();
        for (int n = 1; n <= MAX_OCCASIONS; n++) {
            boolean recorded = n <= done.size();
            LocalDate happened = recorded ? done.get(n - 1) : null;
            String label = labels.apply(n);
            boolean gapBefore = heldFrom != null && anchor.isBefore(heldFrom);
            if (recorded && happened == null) {
                occasions.add(new Occasion(label, due, null, UNDATED));
                due = null;
            } else if (recorded) {
                occasions.add(due == null ? afterUndated(label, happened, next, anchor)
                        : gapBefore ? afterGap(label, due, happened, next, anchor, heldFrom, heldOnlyFrom)
                        : new Occasion(label, due, happened));
                due = next.after(happened, true);
                anchor = happened;
            } else if (due == null) {
                occasions.add(new Occasion(label, null, null, PREVIOUS_UNDATED));
                break;
            } else {
                if (end != null && due.date().isAfter(end)) {
                    break;
                }
                if (!due.isOpenOn(asOf) && gapBefore) {
                    Due latest = next.after(heldFrom.minusDays(1), true);
                    if (latest.isOpenOn(asOf) || end != null && latest.date().isAfter(end)) {
                        occasions.add(new Occasion(label, due, null, heldOnlyFrom));
                        break;
                    }
                    due = latest.withBasis(latestBasis(heldOnlyFrom));
                }
                occasions.add(new Occasion(label, due, null));
                if (due.isOpenOn(asOf)) {
                    break;
                }
                anchor = due.date();
                due = next.after(anchor, false);
            }
        }
        return occasions;
    }

    /**
     * An occasion after one recorded without its date, which came no earlier than {@code lastKnown}:
     * on time if it came within the timescale of that day, and otherwise untold.
     */
    private static Occasion afterUndated(String label, LocalDate happened, NextDue next, LocalDate lastKnown) {
        Due earliest = next.after(lastKnown, true);
        if (earliest.isMetBy(happened.atStartOfDay())) {
            return new Occasion(label, earliest.withBasis("counted from " + lastKnown
                    + ", before the one before it, whose date is not recorded"), happened);
        }
        return new Occasion(label, null, happened, PREVIOUS_UNDATED);
    }

    /**
     * An occasion whose timescale began before the source's record does: an unrecorded occasion
     * may have come between. On time against the last one recorded is on time; late even against
     * the day before the record begins is late; anything between cannot be told.
     */
    private static Occasion afterGap(String label, Due due, LocalDate happened, NextDue next, LocalDate anchor,
                                     LocalDate heldFrom, String heldOnlyFrom) {
        if (due.isMetBy(happened.atStartOfDay())) {
            return new Occasion(label, due, happened);
        }
        LocalDate latestUnrecorded = (happened.isBefore(heldFrom) ? happened : heldFrom).minusDays(1);
        Due latest = next.after(latestUnrecorded.isBefore(anchor) ? anchor : latestUnrecorded, true);
        if (!latest.isMetBy(happened.atStartOfDay())) {
            return new Occasion(label, latest.withBasis(latestBasis(heldOnlyFrom)), happened);
        }
        return new Occasion(label, due, happened, heldOnlyFrom);
    }

    private static String latestBasis(String heldOnlyFrom) {
        return "the latest it can have been due, as " + heldOnlyFrom;
    }
}
