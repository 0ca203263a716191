package uk.practicecheck.history;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A run as the history holds it.
 *
 * @param pseudonymKeyCheck null when the run was not pseudonymised; equal values mean the same key
 * @param counts            every (case, rule) result, by outcome
 */
public record RecordedRun(long id, Instant recordedAt, LocalDate asOf, LocalDate periodStart, LocalDate periodEnd,
                          String population, String toolVersion, String ruleBookHash, int ruleCount, String policyName,
                          String policyHash, String pseudonymKeyCheck, long recordsRead, long evaluated, long rejected,
                          long casesNeedingAction, Counts counts) {

    public boolean pseudonymised() {
        return pseudonymKeyCheck != null;
    }

    /** The first 12 hex digits of the rule book's hash: enough for a person to tell versions apart. */
    public String ruleBookVersion() {
        return ruleBookHash.substring(0, Math.min(12, ruleBookHash.length()));
    }
}
