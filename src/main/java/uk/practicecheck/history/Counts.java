package uk.practicecheck.history;

import uk.practicecheck.audit.OutcomeCounts;
import uk.practicecheck.engine.Outcome;

/**
 * How many results had each outcome, as recorded. Compliance is met out of judged (met, not met,
 * rule error), as in the audit reports.
 */
public record Counts(long met, long notMet, long notYetDue, long cannotTell, long notApplicable, long ruleError) {

    public static Counts of(OutcomeCounts counts) {
        return new Counts(counts.get(Outcome.MET), counts.get(Outcome.NOT_MET), counts.get(Outcome.NOT_YET_DUE),
                counts.get(Outcome.CANNOT_TELL), counts.get(Outcome.NOT_APPLICABLE), counts.get(Outcome.ERROR));
    }

    public long judged() {
        return met + notMet + ruleError;
    }

    /** Met out of judged, from 0 to 1, or null when nothing was judged. */
    public Double rate() {
        long judged = judged();
        return judged == 0 ? null : (double) met / judged;
    }
}
