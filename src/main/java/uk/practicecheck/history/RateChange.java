package uk.practicecheck.history;

/**
 * How a compliance rate moved between two runs, for a rule, a team or the whole audit.
 *
 * @param name   the rule id or the team's name
 * @param before the rate in the earlier run (0 to 1), or null when nothing was judged
 * @param after  the rate in the later run, or null
 */
public record RateChange(String name, Double before, long judgedBefore, Double after, long judgedAfter) {

    /** After minus before, or null when either is unknown. */
    public Double change() {
        return before == null || after == null ? null : after - before;
    }
}
