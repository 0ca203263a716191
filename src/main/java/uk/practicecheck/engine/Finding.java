package uk.practicecheck.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What one rule found about one thing in a case (a plan, a missing episode, a spell in care).
 *
 * @param subject      the thing checked, e.g. "missing from care 2026-03-02 14:00, returned 2026-03-03 09:30"
 * @param outcome      the conclusion
 * @param message      the conclusion in a sentence, with the dates compared
 * @param dueDate      when it was or is due, if the rule has a timescale
 * @param due          the deadline as shown, with a time where the timescale is in hours
 * @param dueBasis     how the deadline was worked out
 * @param done         when it was done, as shown, if it was
 * @param daysOverdue  calendar days past the due date, for a timescale not met; 0 when late by hours
 * @param requirements the conditions checked, if any
 */
public record Finding(String subject, Outcome outcome, String message, LocalDate dueDate, String due,
                      String dueBasis, String done, Long daysOverdue, List<Requirement> requirements) {
}
