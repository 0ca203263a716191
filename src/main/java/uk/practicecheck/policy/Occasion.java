package uk.practicecheck.policy;

import java.time.LocalDate;

/**
 * One occurrence of something that recurs on a timetable, such as the third statutory visit of
 * a placement: when it was due and when, if at all, it happened.
 *
 * @param label what it is, for a reader: "statutory visit 3 in the foster care placement from 2026-01-05"
 * @param due   when it was due; null when the record lacks a fact needed to work it out
 * @param done  when it happened; null if it has not
 */
public record Occasion(String label, Due due, LocalDate done) {
}
