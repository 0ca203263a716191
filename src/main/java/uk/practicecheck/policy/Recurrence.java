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

    /** The deadline for occasion {@code n + 1} after occasion {@code n} was done or due on {@code previous}. */
    @FunctionalInterface
    public interface NumberedNextDue {
        Due after(int n, LocalDate previous, boolean previousWasDone);
    }

    /**
     * A deadline known only to fall between two: which timescale applies depends on a fact
     * recorded without its date (regulation 28(4): weekly visits until the first review, then
     * four-weekly, when the first review's date is not recorded).
     *
     * @param earliest the deadline if the stricter timescale applies
     * @param latest   the deadline if the more lenient one does; the same as {@code earliest} when
     *                 which applies is known
     * @param why      why it is not known, for a reader; null when it is
     */
    public record Bounds(Due earliest, Due latest, String why) {
        /** A deadline known for certain. */
        public static Bounds known(Due due) {
            return new Bounds(due, due, null);
        }

        boolean certain() {
            return why == null;
        }
    }

    /** The deadline for the next occasion after the previous one was done or due on {@code previous}, where it may be known only within bounds. */
    @FunctionalInterface
    public interface BoundedNextDue {
        Bounds after(LocalDate previous, boolean previousWasDone);
    }

    /** A timetable whose occasions the source holds completely. */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NextDue next, LocalDate end,
                                           LocalDate asOf, IntFunction<String> labels) {
        return occasions(first, done, next, end, asOf, labels, null, null);
    }

    /** A timetable whose occasions the source holds completely, where an interval depends on which occasion it follows. */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NumberedNextDue next, LocalDate end,
                                           LocalDate asOf, IntFunction<String> labels) {
        return occasions(first, done, next, end, asOf, labels, null, null);
    }

    /** {@link #occasions(Due, List, NumberedNextDue, LocalDate, LocalDate, IntFunction, LocalDate, String)} where every interval is alike. */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NextDue next, LocalDate end,
                                           LocalDate asOf, IntFunction<String> labels, LocalDate heldFrom, String what) {
        return bounded(first, done, (n, previous, wasDone) -> Bounds.known(next.after(previous, wasDone)), end, asOf,
                labels, heldFrom, what, MAX_OCCASIONS);
    }

    /**
     * The first {@code limit} occasions of
     * {@link #occasions(Due, List, NextDue, LocalDate, LocalDate, IntFunction, LocalDate, String)}, and
     * no more are worked out: for a duty that reports only so many.
     */
    static List<Occasion> first(int limit, Due first, List<LocalDate> done, NextDue next, LocalDate end,
                                LocalDate asOf, IntFunction<String> labels, LocalDate heldFrom, String what) {
        return bounded(first, done, (n, previous, wasDone) -> Bounds.known(next.after(previous, wasDone)), end, asOf,
                labels, heldFrom, what, Math.min(limit, MAX_OCCASIONS));
    }

    /**
     * @param first    when the first occasion is due
     * @param done     the days occasions happened, oldest first, null for one recorded without its date
     *                 (in its place in the record); the nth is taken as the nth occasion
     * @param numberedNext how the next deadline follows from the previous occasion (the nth)
     * @param end      the last day the timetable runs, or null while it runs on
     * @param asOf     the as-of date
     * @param labels   the label of the nth occasion (1-based)
     * @param heldFrom the day from which the source holds every occasion; null when it holds them all
     * @param what     the occasions in words, for a reader ("visits"); used with {@code heldFrom}
     */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NumberedNextDue numberedNext, LocalDate end,
                                           LocalDate asOf, IntFunction<String> labels, LocalDate heldFrom, String what) {
        return bounded(first, done, (n, previous, wasDone) -> Bounds.known(numberedNext.after(n, previous, wasDone)),
                end, asOf, labels, heldFrom, what, MAX_OCCASIONS);
    }

    /**
     * {@link #occasions(Due, List, NextDue, LocalDate, LocalDate, IntFunction, LocalDate, String)}
     * where a deadline may be known only within bounds: an occasion done by the earlier bound is on
     * time, one done after the later bound (or missing past it) is late, counted from the later
     * bound; anything between cannot be told, and nothing is listed after an occasion missed
     * whose deadline is not known (the ones after it run from it).
     */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, BoundedNextDue next, LocalDate end,
                                           LocalDate asOf, IntFunction<String> labels, LocalDate heldFrom, String what) {
        return bounded(first, done, (n, previous, wasDone) -> next.after(previous, wasDone), end, asOf, labels,
                heldFrom, what, MAX_OCCASIONS);
    }

    @FunctionalInterface
    private interface NumberedBoundedNextDue {
        Bounds after(int n, LocalDate previous, boolean previousWasDone);
    }

    /**
     * The timetable's occasions, at most {@code limit} of them: each step lists at most one, and
     * stops the timetable where it lists none, so the first {@code limit} are the same whatever the limit.
     */
    private static List<Occasion> bounded(Due first, List<LocalDate> done, NumberedBoundedNextDue next, LocalDate end,
                                          LocalDate asOf, IntFunction<String> labels, LocalDate heldFrom, String what,
                                          int limit) {
        String heldOnlyFrom = heldFrom == null ? null : "the record holds " + what + " only from " + heldFrom;
        List<Occasion> occasions = new ArrayList<>(Math.min(limit, done.size() + 1));
        Bounds bounds = Bounds.known(first);
        // The last day known for certain: the previous occasion's, or where the timetable started.
        LocalDate anchor = first.countedFrom();
        for (int n = 1; n <= limit; n++) {
            boolean recorded = n <= done.size();
            LocalDate happened = recorded ? done.get(n - 1) : null;
            String label = labels.apply(n);
            Due due = bounds == null ? null : bounds.earliest();
            boolean gapBefore = heldFrom != null && anchor.isBefore(heldFrom);
            if (recorded && happened == null) {
                occasions.add(new Occasion(label, due, null, UNDATED));
                bounds = null;
            } else if (recorded) {
                occasions.add(bounds == null ? afterUndated(label, happened, next.after(n, anchor, true), anchor)
                        : gapBefore ? afterGap(label, due, happened, n, next, anchor, heldFrom, heldOnlyFrom)
                        : within(label, bounds, happened));
                bounds = next.after(n, happened, true);
                anchor = happened;
            } else if (bounds == null) {
                occasions.add(new Occasion(label, null, null, PREVIOUS_UNDATED));
                break;
            } else if (!bounds.certain()) {
                if (end == null || !due.date().isAfter(end)) {
                    occasions.add(missedWithin(label, bounds, end, asOf));
                }
                break;
            } else {
                if (end != null && due.date().isAfter(end)) {
                    break;
                }
                if (!due.isOpenOn(asOf) && gapBefore) {
                    Due latest = next.after(n, heldFrom.minusDays(1), true).latest();
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
                bounds = next.after(n, anchor, false);
            }
        }
        return occasions;
    }

    /** An occasion done on {@code happened} whose deadline is known only within bounds. */
    private static Occasion within(String label, Bounds bounds, LocalDate happened) {
        if (bounds.certain() || bounds.earliest().isMetOn(happened)) {
            return new Occasion(label, bounds.earliest(), happened);
        }
        if (!bounds.latest().isMetOn(happened)) {
            return new Occasion(label, latestOf(bounds), happened);
        }
        return new Occasion(label, bounds.earliest(), happened, bounds.why());
    }

    /**
     * A missing occasion whose deadline is known only within bounds: not yet due before the
     * earlier bound; overdue once the later one has passed (and the timetable still ran then);
     * otherwise cannot be told.
     */
    private static Occasion missedWithin(String label, Bounds bounds, LocalDate end, LocalDate asOf) {
        if (bounds.earliest().isOpenOn(asOf)) {
            return new Occasion(label, bounds.earliest(), null);
        }
        boolean stillRunning = end == null || !bounds.latest().date().isAfter(end);
        if (!bounds.latest().isOpenOn(asOf) && stillRunning) {
            return new Occasion(label, latestOf(bounds), null);
        }
        return new Occasion(label, bounds.earliest(), null, bounds.why());
    }

    private static Due latestOf(Bounds bounds) {
        return bounds.latest().withBasis(bounds.latest().basis() + ", the latest it can have been due, as " + bounds.why());
    }

    /**
     * An occasion after one recorded without its date, which came no earlier than {@code lastKnown}:
     * on time if it came within the timescale of that day ({@code fromLastKnown}), and otherwise untold.
     */
    private static Occasion afterUndated(String label, LocalDate happened, Bounds fromLastKnown, LocalDate lastKnown) {
        Due earliest = fromLastKnown.earliest();
        if (earliest.isMetOn(happened)) {
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
    private static Occasion afterGap(String label, Due due, LocalDate happened, int n, NumberedBoundedNextDue next,
                                     LocalDate anchor, LocalDate heldFrom, String heldOnlyFrom) {
        if (due.isMetOn(happened)) {
            return new Occasion(label, due, happened);
        }
        LocalDate latestUnrecorded = (happened.isBefore(heldFrom) ? happened : heldFrom).minusDays(1);
        Due latest = next.after(n, latestUnrecorded.isBefore(anchor) ? anchor : latestUnrecorded, true).latest();
        if (!latest.isMetOn(happened)) {
            return new Occasion(label, latest.withBasis(latestBasis(heldOnlyFrom)), happened);
        }
        return new Occasion(label, due, happened, heldOnlyFrom);
    }

    private static String latestBasis(String heldOnlyFrom) {
        return "the latest it can have been due, as " + heldOnlyFrom;
    }
}
