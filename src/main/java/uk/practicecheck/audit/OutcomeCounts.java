package uk.practicecheck.audit;

import uk.practicecheck.engine.Outcome;

/**
 * How many occasions had each outcome, and how many cases were judged. An occasion is one finding:
 * a one-off duty is one occasion, a recurring duty (reviews, visits, supervision) one per occasion
 * due so far plus the next one not yet due; a case where a rule found nothing to check counts once
 * as not applicable. Compliance is met out of the occasions judged (met, not met, or the rule
 * failed); "cannot tell", "not yet due" and "not applicable" are not judged.
 *
 * <p>Cases are counted too: a case is judged when at least one of its occasions was, and all on
 * time when every occasion judged was met.
 */
public final class OutcomeCounts {
    private final long[] counts = new long[Outcome.values().length];
    private long casesJudged;
    private long casesAllOnTime;

    void add(Outcome outcome) {
        counts[outcome.ordinal()]++;
    }

    /** Counts a case by its case-level outcome (see {@code RuleResult.caseOutcome}). */
    void addCase(Outcome caseOutcome) {
        if (caseOutcome == Outcome.MET || caseOutcome == Outcome.NOT_MET || caseOutcome == Outcome.ERROR) {
            casesJudged++;
            if (caseOutcome == Outcome.MET) {
                casesAllOnTime++;
            }
        }
    }

    void addAll(OutcomeCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        casesJudged += other.casesJudged;
        casesAllOnTime += other.casesAllOnTime;
    }

    public long get(Outcome outcome) {
        return counts[outcome.ordinal()];
    }

    public long total() {
        long total = 0;
        for (long n : counts) {
            total += n;
        }
        return total;
    }

    /** Occasions that were met, not met, or failed. */
    public long judged() {
        return get(Outcome.MET) + get(Outcome.NOT_MET) + get(Outcome.ERROR);
    }

    /** Met out of judged occasions, from 0 to 1, or null when nothing was judged. */
    public Double complianceRate() {
        long judged = judged();
        return judged == 0 ? null : (double) get(Outcome.MET) / judged;
    }

    /** Cases with at least one occasion judged. */
    public long casesJudged() {
        return casesJudged;
    }

    /** Cases whose every occasion judged was met. */
    public long casesAllOnTime() {
        return casesAllOnTime;
    }

    /** Cases all on time out of cases judged, from 0 to 1, or null when no case was judged. */
    public Double casesAllOnTimeRate() {
        return casesJudged == 0 ? null : (double) casesAllOnTime / casesJudged;
    }
}
