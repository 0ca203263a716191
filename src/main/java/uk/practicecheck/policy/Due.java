package uk.practicecheck.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.commons.lang3.concurrent.ConcurrentInitializer;
import org.apache.commons.lang3.concurrent.ConcurrentUtils;
import org.apache.commons.lang3.concurrent.ConstantInitializer;
import org.apache.commons.lang3.concurrent.LazyInitializer;
import uk.practicecheck.model.DateTexts;

/**
 * A deadline and how it was worked out. The basis is made into words only when first read:
 * every finding with a timescale has a deadline, few are ever printed.
 */
public final class Due {
    private final LocalDateTime by;
    private final boolean timed;
    private final ConcurrentInitializer<String> basis;

    /**
     * @param by    the last moment that counts as on time; for day-based timescales, the start of the due day
     * @param timed whether the deadline has a time of day (hour-based timescales) or is a whole day
     * @param basis how it was worked out, e.g. "72 hours after return on 2026-03-02 10:00"
     */
    public Due(LocalDateTime by, boolean timed, String basis) {
        this(by, timed, new ConstantInitializer<>(basis));
    }

    /** A deadline whose basis is put into words by {@code basis} when first read. */
    public Due(LocalDateTime by, boolean timed, Supplier<String> basis) {
        this(by, timed, LazyInitializer.<String>builder().setInitializer(basis::get).get());
    }

    private Due(LocalDateTime by, boolean timed, ConcurrentInitializer<String> basis) {
        this.by = Objects.requireNonNull(by, "by");
        this.timed = timed;
        this.basis = basis;
    }

    public static Due onDay(LocalDate day, String basis) {
        return new Due(day.atStartOfDay(), false, basis);
    }

    public LocalDateTime by() {
        return by;
    }

    public boolean timed() {
        return timed;
    }

    /** How it was worked out, e.g. "72 hours after return on 2026-03-02 10:00". */
    public String basis() {
        return ConcurrentUtils.initializeUnchecked(basis);
    }

    public LocalDate date() {
        return by.toLocalDate();
    }

    /** Whether something done at {@code moment} was on time. */
    public boolean isMetBy(LocalDateTime moment) {
        return timed ? !moment.isAfter(by) : !moment.toLocalDate().isAfter(date());
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
