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
    /** The due day. */
    private final LocalDate date;
    /**
     * The last moment that counts as on time, where it is a time of day (hour-based timescales);
     * null for a whole-day deadline, which is the start of its day: most deadlines are whole days,
     * worked out on days alone.
     */
    private final LocalDateTime moment;
    private final boolean timed;
    /** The basis in words, when given whole; null when it is made from the parts below. */
    private final String basis;
    private final Timescale timescale;
    private final String fromWhat;
    /** The day it is counted from, where it is a timescale after something; null otherwise. */
    private final LocalDate fromDay;
    /** The moment it is counted from, for a deadline with a time of day; null otherwise. */
    private final LocalDateTime fromMoment;

    /**
     * @param by    the last moment that counts as on time; for day-based timescales, the start of the due day
     * @param timed whether the deadline has a time of day (hour-based timescales) or is a whole day
     * @param basis how it was worked out, e.g. "72 hours after return on 2026-03-02 10:00"
     */
    public Due(LocalDateTime by, boolean timed, String basis) {
        this(by.toLocalDate(), wholeDay(by) ? null : by, timed, Objects.requireNonNull(basis, "basis"), null, null, null, null);
    }

    private Due(LocalDate date, LocalDateTime moment, boolean timed, String basis, Timescale timescale, String fromWhat,
                LocalDate fromDay, LocalDateTime fromMoment) {
        this.date = Objects.requireNonNull(date, "by");
        this.moment = moment;
        this.timed = timed;
        this.basis = basis;
        this.timescale = timescale;
        this.fromWhat = fromWhat;
        this.fromDay = fromDay;
        this.fromMoment = fromMoment;
    }

    /**
     * A whole-day deadline a timescale after something, due on {@code date}, its basis worded as
     * "{@code timescale} after {@code fromWhat} on {@code from}".
     */
    static Due after(LocalDate date, Timescale timescale, String fromWhat, LocalDate from) {
        return new Due(date, null, false, null, Objects.requireNonNull(timescale), fromWhat, Objects.requireNonNull(from), null);
    }

    /**
     * A deadline at a time of day, {@code by}, a timescale after the moment {@code from}, its basis
     * worded as "{@code timescale} after {@code fromWhat} on {@code from}" with the time of day.
     */
    static Due afterHours(LocalDateTime by, Timescale timescale, String fromWhat, LocalDateTime from) {
        return new Due(by.toLocalDate(), wholeDay(by) ? null : by, true, null, Objects.requireNonNull(timescale), fromWhat,
                from.toLocalDate(), from);
    }

    public static Due onDay(LocalDate day, String basis) {
        return new Due(day, null, false, Objects.requireNonNull(basis, "basis"), null, null, null, null);
    }

    /** The same deadline, explained otherwise: for a deadline known only as a bound. */
    Due withBasis(String otherBasis) {
        return new Due(date, moment, timed, Objects.requireNonNull(otherBasis, "basis"), null, null, null, null);
    }

    /** The day it is counted from, where it is a timescale after something; otherwise the due day. */
    public LocalDate countedFrom() {
        return fromDay == null ? date : fromDay;
    }

    public LocalDateTime by() {
        return moment == null ? date.atStartOfDay() : moment;
    }

    public boolean timed() {
        return timed;
    }

    /** How it was worked out, e.g. "72 hours after return on 2026-03-02 10:00". */
    public String basis() {
        if (basis != null) {
            return basis;
        }
        return timescale.words() + " after " + fromWhat + " on " + (timed ? DateTexts.of(fromMoment) : fromDay);
    }

    public LocalDate date() {
        return date;
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
     * Whether something done at {@code done} was on time: true or false, or null when that
     * depends on a time of day the record does not give ({@link #isMetBy}).
     */
    public Boolean metBy(LocalDateTime done) {
        if (!timed) {
            return !done.toLocalDate().isAfter(date);
        }
        LocalDateTime by = by();
        boolean dateOnly = wholeDay(done);
        LocalDateTime doneLatest = dateOnly ? done.toLocalDate().plusDays(1).atStartOfDay() : done;
        boolean fromDateOnly = fromMoment != null && wholeDay(fromMoment);
        LocalDateTime dueLatest = fromDateOnly ? by.plusDays(1) : by;
        if (dateOnly ? !doneLatest.isAfter(by) : !done.isAfter(by)) {
            return true;
        }
        boolean late = fromDateOnly ? !done.isBefore(dueLatest) : done.isAfter(by);
        return late ? false : null;
    }

    /**
     * Whether something done on {@code day}, recorded as a date alone, was on time: {@link #isMetBy}
     * at the start of that day.
     */
    public boolean isMetOn(LocalDate day) {
        return timed ? isMetBy(day.atStartOfDay()) : !day.isAfter(date);
    }

    /** A moment recorded without a time of day, read as the start of its day. */
    private static boolean wholeDay(LocalDateTime moment) {
        return moment.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** Whether the deadline is still open at the end of the as-of day: nothing is overdue until the due day has passed. */
    public boolean isOpenOn(LocalDate asOf) {
        return !asOf.isAfter(date);
    }

    public String text() {
        return timed ? DateTexts.of(by()) : date.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Due that && date.equals(that.date) && Objects.equals(moment, that.moment)
                && timed == that.timed && basis().equals(that.basis());
    }

    /**
     * The deadline's moment alone: consistent with equals, and cheap, since the engine hashes
     * every object a rule's {@code from} produces.
     */
    @Override
    public int hashCode() {
        // LocalDateTime's hash of the start of a day is its date's.
        return moment == null ? date.hashCode() : moment.hashCode();
    }

    @Override
    public String toString() {
        return "Due[by=" + by() + ", timed=" + timed + ", basis=" + basis() + "]";
    }
}
