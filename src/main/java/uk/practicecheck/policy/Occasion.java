package uk.practicecheck.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of something that recurs on a timetable, such as the third statutory visit of
 * a placement: when it was due and when, if at all, it happened.
 *
 * @param label what it is, for a reader: "statutory visit 3 in the foster care placement from 2026-01-05"
 * @param due   when it was due; null when the record lacks a fact needed to work it out
 * @param done  when it happened; null if it has not
 */
public record Occasion(String label, Due due, LocalDate done) {

    /** From the dates alone: consistent with equals, without hashing the label (see {@link Due#hashCode}). */
    @Override
    public int hashCode() {
        return Objects.hash(due, done);
    }
}
