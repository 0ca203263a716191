package uk.practicecheck.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import uk.practicecheck.model.DateTexts;

/**
 * A deadline and how it was worked out. A deadline worked out from a timescale keeps the parts of
 * its basis and puts them into words only when read: every finding with a timescale has a
 * deadline, and few are ever printed.
 */
public final class Due {
    private final LocalDateTime by;
    private final boolean timed;
    /** The basis in words, when given whole; null when it is made from the three parts below. */
    private final String basis;
    private final Timescale timescale;
    private final String fromWhat;
    private final LocalDateTime from;

    /**
     * @param by    the last moment that counts as on time; for day-based timescales, the start of the due day
     * @param timed whether the deadline has a time of day (hour-based timescales) or is a whole day
     * @param basis how it was worked out, e.g. "72 hours after return on 2026-03-02 10:00"
     */
    public Due(LocalDateTime by, boolean timed, String basis) {
        this(by, timed, Objects.requireNonNull(basis, "basis"), null, null, null);
    }

    private Due(LocalDateTime by, boolean timed, String basis, Timescale timescale, String fromWhat, LocalDateTime from) {
        this.by = Objects.requireNonNull(by, "by");
        this.timed = timed;
        this.basis = basis;
        this.timescale = timescale;
        this.fromWhat = fromWhat;
        this.from = from;
    }

    /**
     * A deadline a timescale after something, its basis worded as "{@code timescale} after
     * {@code fromWhat} on {@code from}" (with the time of day where the deadline has one).
     */
    static Due after(LocalDateTime by, boolean timed, Timescale timescale, String fromWhat, LocalDateTime from) {
        return new Due(by, timed, null, Objects.requireNonNull(timescale), fromWhat, Objects.requireNonNull(from));
    }

    public static Due onDay(LocalDate day, String basis) {
        return new Due(day.atStartOfDay(), false, basis);
    }

    /** The same deadline, explained otherwise: for a deadline known only as a bound. */
    Due withBasis(String otherBasis) {
        return new Due(by, timed, Objects.requireNonNull(otherBasis, "basis"));
    }

    /** The day it is counted from, where it is a timescale after something; otherwise the due day. */
    public LocalDate countedFrom() {
        return from == null ? date() : from.toLocalDate();
    }

    public LocalDateTime by() {
        return by;
    }

    public boolean timed() {
        return timed;
    }

    /** How it was worked out, e.g. "72 hours after return on 2026-03-02 10:00". */
    public String basis() {
        if (basis != null) {
            return basis;
        }
        return timescale.words() + " after " + fromWhat + " on " + (timed ? DateTexts.of(from) : from.toLocalDate());
    }

    public LocalDate date() {
        return by.toLocalDate();
    }

    /**
     * Whether something done at {@code moment} was on time. For an hour-based deadline a moment
     * recorded as a date alone (a time of exactly 00:00, which is how a date without a time is read)
     * may have been any time that day, and so may a return recorded as a date alone that the
     * deadline is counted from: on time is said only when on time whatever the times were.
     */
    public boolean isMetBy(LocalDateTime moment) {
        return Boolean.TRUE.equals(metBy(moment));
    }

    /**
     * Whether something done at {@code moment} was on time: true or false, or null when that
     * depends on a time of day the record does not give ({@link #isMetBy}).
     */
    public Boolean metBy(LocalDateTime moment) {
        if (!timed) {
            return !moment.toLocalDate().isAfter(date());
        }
        boolean dateOnly = isDateOnly(moment);
        LocalDateTime doneLatest = dateOnly ? moment.toLocalDate().plusDays(1).atStartOfDay() : moment;
        LocalDateTime dueLatest = from != null && isDateOnly(from) ? by.plusDays(1) : by;
        if (dateOnly ? !doneLatest.isAfter(by) : !moment.isAfter(by)) {
            return true;
        }
        boolean late = from != null && isDateOnly(from) ? !moment.isBefore(dueLatest) : moment.isAfter(by);
        return late ? false : null;
    }

    /** A moment recorded without a time of day, read as the start of its day. */
    private static boolean isDateOnly(LocalDateTime moment) {
        return moment.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** Whether the deadline is still open at the end of the as-of day: nothing is overdue until the due day has passed. */
    public boolean isOpenOn(LocalDate asOf) {
        return !asOf.isAfter(date());
    }

    public String text() {
        return timed ? DateTexts.of(by) : date().toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Due that && by.equals(that.by) && timed == that.timed && basis().equals(that.basis());
    }

    /**
     * The deadline's moment alone: consistent with equals, and cheap, since the engine hashes
     * every object a rule's {@code from} produces.
     */
    @Override
    public int hashCode() {
        return by.hashCode();
    }

    @Override
    public String toString() {
        return "Due[by=" + by + ", timed=" + timed + ", basis=" + basis() + "]";
    }
}
