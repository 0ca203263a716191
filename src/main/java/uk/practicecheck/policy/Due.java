package uk.practicecheck.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.practicecheck.model.DateTexts;

/**
 * A deadline and how it was worked out.
 *
 * @param by    the last moment that counts as on time; for day-based timescales, the start of the due day
 * @param timed whether the deadline has a time of day (hour-based timescales) or is a whole day
 * @param basis how it was worked out, e.g. "72 hours after return on 2026-03-02 10:00"
 */
public record Due(LocalDateTime by, boolean timed, String basis) {

    /**
     * The deadline's moment alone: consistent with equals, and cheap, since the engine hashes
     * every object a rule's {@code from} produces and the basis is a fresh string each time.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(by);
    }


    public static Due onDay(LocalDate day, String basis) {
        return new Due(day.atStartOfDay(), false, basis);
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
}
