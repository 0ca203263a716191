package uk.practicecheck.history;

/**
 * A metric's value in one run.
 *
 * @param counts            the results behind the rate, or null when the run has none for the metric
 *                          (the rule was not in its rule book, the team had no cases)
 * @param ruleBookChanged   whether the rule book differs from the previous point's
 * @param policyChanged     whether the policy differs from the previous point's
 */
public record TrendPoint(RecordedRun run, Counts counts, boolean ruleBookChanged, boolean policyChanged) {

    /** Met out of judged, or null. */
    public Double rate() {
        return counts == null ? null : counts.rate();
    }
}
