package uk.practicecheck.history;

/**
 * A metric's value in one run.
 *
 * @param value           in the metric's unit ({@link Trend#unit}), or null when the run has none: the rule or
 *                        indicator was not in it, the team had no cases, or nothing was judged
 * @param shown           the value in words ("87.5%", "603 days", "not held", "not in this run")
 * @param basis           what it was worked out from ("35 of 40 judged"), or empty
 * @param ruleBookChanged whether the rule book differs from the previous point's
 * @param policyChanged   whether the policy differs from the previous point's
 */
public record TrendPoint(RecordedRun run, Double value, String shown, String basis, boolean ruleBookChanged,
                         boolean policyChanged) {
}
