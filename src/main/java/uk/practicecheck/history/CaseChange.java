package uk.practicecheck.history;

import uk.practicecheck.engine.Outcome;

/**
 * One case's result for one rule in two runs.
 *
 * @param caseKey      the case id as recorded (a pseudonym when the runs were pseudonymised)
 * @param before       the outcome in the earlier run, or null when the case was not in it or the rule did not apply
 * @param after        the outcome in the later run, or null likewise
 * @param overdueAfter days overdue in the later run, or null
 */
public record CaseChange(String caseKey, String team, String ruleId, Outcome before, Long overdueBefore, Outcome after,
                         Long overdueAfter) {
}
