package uk.practicecheck.audit;

import uk.practicecheck.engine.Outcome;

/**
 * How many results had each outcome. Compliance is met out of those judged (met, not met, or
 * the rule failed); "cannot tell", "not yet due" and "not applicable" are not judged.
 */
public final class OutcomeCounts {
    private final long[] counts = new long[Outcome.values().length];

    void add(Outcome outcome) {
        counts[outcome.ordinal()]++;
    }

    void addAll(OutcomeCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
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

    /** Results that were met, not met, or failed. */
    public long judged() {
        return get(Outcome.MET) + get(Outcome.NOT_MET) + get(Outcome.ERROR);
    }

    /** Met out of judged, from 0 to 1, or null when nothing was judged. */
    public Double complianceRate() {
        long judged = judged();
        return judged == 0 ? null : (double) get(Outcome.MET) / judged;
    }
}
