package uk.practicecheck.engine;

import java.util.List;

/**
 * A rule's conclusion for one case: the most pressing outcome among its findings, or
 * not applicable when the rule found nothing in the case to check.
 */
public record RuleResult(RuleInfo rule, Outcome outcome, List<Finding> findings) {

    public static RuleResult of(RuleInfo rule, List<Finding> findings) {
        Outcome outcome = Outcome.NOT_APPLICABLE;
        for (Finding finding : findings) {
            outcome = outcome.worse(finding.outcome());
        }
        return new RuleResult(rule, outcome, List.copyOf(findings));
    }

    /** The largest number of days overdue among the findings, or 0. */
    public long maxDaysOverdue() {
        return findings.stream().filter(f -> f.daysOverdue() != null)
                .mapToLong(Finding::daysOverdue).max().orElse(0);
    }
}
