package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of something that recurs on a timetable, such as the third statutory visit of
 * a placement: when it was due and when, if at all, it happened.
 *
 * @param label   what it is, for a reader: "statutory visit 3 in the foster care placement from 2026-01-05"
 * @param due     when it was due; null when the record lacks a fact needed to work it out
 * @param done    when it happened; null if it has not, or if its date is not recorded
 * @param untold  why whether it was on time cannot be told (its date, or the previous one's, is not
 *                recorded; the source holds the records only from a later day); null when it can be
 */
public record Occasion(String label, Due due, LocalDate done, String untold) {

    public Occasion(String label, Due due, LocalDate done) {
        this(label, due, done, null);
    }

    /** From the dates alone: consistent with equals, without hashing the label (see {@link Due#hashCode}). */
    @Override
    public int hashCode() {
        return Objects.hash(due, done, untold);
    }
}
