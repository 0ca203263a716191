package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out a recurring timetable: the first occasion is due by a fixed deadline, and each later
 * one a timescale after the one before it was actually done, or after it was due where it was
 * missed. Every occasion due up to the as-of date is listed, then the next one, which is not yet
 * due; nothing is listed that would fall due after the timetable ended (the child left care, the
 * placement ended).
 */
public final class Recurrence {
    /** A safety limit: no real timetable has this many occasions before any as-of date. */
    private static final int MAX_OCCASIONS = 1000;

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

    /** {@link #occasions(Due, List, NumberedNextDue, LocalDate, LocalDate, java.util.function.IntFunction)} where every interval is alike. */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NextDue next, LocalDate end,
                                           LocalDate asOf, java.util.function.IntFunction<String> labels) {
        return occasions(first, done, (n, previous, wasDone) -> next.after(previous, wasDone), end, asOf, labels);
    }

    /**
     * @param first  when the first occasion is due
     * @param done   the days occasions happened, oldest first; the nth is taken as the nth occasion
     * @param next   how the next deadline follows from the previous occasion
     * @param end    the last day the timetable runs, or null while it runs on
     * @param asOf   the as-of date
     * @param labels the label of the nth occasion (1-based)
     */
    public static List<Occasion> occasions(Due first, List<LocalDate> done, NumberedNextDue next, LocalDate end,
                                           LocalDate asOf, java.util.function.IntFunction<String> labels) {
        List<Occasion> occasions = new ArrayList<>();
        Due due = first;
        for (int n = 1; n <= MAX_OCCASIONS; n++) {
            LocalDate happened = n <= done.size() ? done.get(n - 1) : null;
            if (happened == null) {
                if (end != null && due.date().isAfter(end)) {
                    break;
                }
                occasions.add(new Occasion(labels.apply(n), due, null));
                if (due.isOpenOn(asOf)) {
                    break;
                }
                due = next.after(n, due.date(), false);
            } else {
                occasions.add(new Occasion(labels.apply(n), due, happened));
                due = next.after(n, happened, true);
            }
        }
        return occasions;
    }
}
