package uk.practicecheck.engine;

import java.util.List;

/**
 * A rule's conclusion for one case: the most pressing outcome among its findings, or
 * not applicable when the rule found nothing in the case to check.
 *
 * <p>Each finding is one occasion the rule judged: a recurring duty (reviews, visits, supervision)
 * records one finding per occasion due so far and the next one not yet due. Audits count
 * occasions; {@link #caseOutcome()} is the case-level view of them.
 */
public record RuleResult(RuleInfo rule, Outcome outcome, List<Finding> findings) {

    public static RuleResult of(RuleInfo rule, List<Finding> findings) {
        return new RuleResult(rule, worst(findings), List.copyOf(findings));
    }

    /** {@link #of} for a read-only list of findings that nothing else holds: kept instead of copied. */
    static RuleResult ofOwned(RuleInfo rule, List<Finding> findings) {
        return new RuleResult(rule, worst(findings), findings);
    }

    private static Outcome worst(List<Finding> findings) {
        Outcome outcome = Outcome.NOT_APPLICABLE;
        for (Finding finding : findings) {
            outcome = outcome.worse(finding.outcome());
        }
        return outcome;
    }

    /** The largest number of days overdue among the findings, or 0. */
    public long maxDaysOverdue() {
        return findings.stream().filter(f -> f.daysOverdue() != null)
                .mapToLong(Finding::daysOverdue).max().orElse(0);
    }

    /**
     * Whether every occasion so far was on time, as one outcome for the case: not met (or rule
     * error) when any occasion was; met when every occasion judged was met, even if the next is not
     * yet due or the record cannot tell about another; otherwise cannot tell, not yet due or not
     * applicable, the most pressing first.
     */
    public Outcome caseOutcome() {
        Outcome view = Outcome.NOT_APPLICABLE;
        for (Finding finding : findings) {
            view = judgedFirst(view, finding.outcome());
        }
        return view;
    }

    /** The more pressing of two outcomes in the case-level view, where a met occasion outranks one not yet judged. */
    public static Outcome judgedFirst(Outcome a, Outcome b) {
        return caseRank(a) <= caseRank(b) ? a : b;
    }

    private static int caseRank(Outcome outcome) {
        return switch (outcome) {
            case ERROR -> 0;
            case NOT_MET -> 1;
            case MET -> 2;
            case CANNOT_TELL -> 3;
            case NOT_YET_DUE -> 4;
            case NOT_APPLICABLE -> 5;
        };
    }
}
