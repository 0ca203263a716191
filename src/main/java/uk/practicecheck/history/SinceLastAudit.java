package uk.practicecheck.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.report.LastAudit;

/**
 * "Since the last audit": the previous recorded run of a population, read from the history before
 * the audit is recorded, as the reports show it beside each rate ({@link LastAudit}).
 */
public final class SinceLastAudit {
    private SinceLastAudit() {
    }

    /**
     * The latest run of {@code population}, or null when it has none (this is its first audit).
     *
     * @param ruleBookHash the rule book this audit uses: a different one at the last audit is a caution
     * @param policyHash   the policy this audit uses, likewise
     */
    public static LastAudit read(History history, String population, String ruleBookHash, String policyHash)
            throws HistoryException {
        RecordedRun previous = history.latest(population).orElse(null);
        if (previous == null) {
            return null;
        }
        List<String> cautions = new ArrayList<>();
        if (!previous.ruleBookHash().equals(ruleBookHash)) {
            cautions.add("the rule book has changed since that audit, so a rule's rate may have moved because the rule did.");
        }
        if (!previous.policyHash().equals(policyHash)) {
            cautions.add("the policy has changed since that audit (it was \"" + previous.policyName()
                    + "\"), so a rate may have moved because a timescale did.");
        }
        return new LastAudit(previous.id(), previous.asOf(), cautions, previous.counts().rate(),
                rates(history.counts("rule_result", "rule_id", previous.id())),
                rates(history.counts("recommendation_result", "recommendation_id", previous.id())),
                rates(history.counts("team_result", "team", previous.id())),
                history.indicatorFigures(previous.id()), history.indicatorFiguresByTeam(previous.id()));
    }

    /** Compliance by key; a key judged nothing keeps a null rate, so that it is told apart from one not there. */
    private static Map<String, Double> rates(Map<String, Counts> counts) {
        Map<String, Double> rates = new LinkedHashMap<>();
        counts.forEach((key, c) -> rates.put(key, c.rate()));
        return rates;
    }
}
