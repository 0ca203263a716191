package uk.practicecheck.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What identifies a recorded audit, besides its results: when, as of what date, over which
 * period and population, with which inputs, rule book and policy.
 *
 * @param periodStart       first day of the period the audit covers, or null when none was given
 * @param periodEnd         last day of that period, or null
 * @param population        the name of the cohort audited, so runs of one cohort are compared with each other
 * @param ruleBookHash      {@link Fingerprints#ruleBook} of the rules used
 * @param policyHash        {@link Fingerprints#policy} of the policy used
 * @param pseudonymKeyCheck when the audit was pseudonymised, a pseudonym of a fixed text, which tells whether two
 *                          runs used the same key without revealing it; null when it was not
 */
public record RunFacts(Instant recordedAt, LocalDate asOf, LocalDate periodStart, LocalDate periodEnd, String population,
                       String toolVersion, String ruleBookHash, String policyHash, String pseudonymKeyCheck,
                       List<InputFingerprint> inputs) {
    public RunFacts {
        inputs = List.copyOf(inputs);
    }
}
