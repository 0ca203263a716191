package uk.practicecheck.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.io.Rejection;

/**
 * What an audit of a cohort found, aggregated: everything the reports show. Records read always
 * equals cases evaluated plus records rejected.
 *
 * @param rules                    the rule book, by id
 * @param pseudonymised            whether child identifiers were replaced by pseudonyms
 * @param casesWithWarnings        cases evaluated with something in the input passed over
 * @param casesNeedingAction       how many cases have a shortfall outstanding or done late recently
 * @param outcomes                 every occasion judged, by outcome (see {@link OutcomeCounts})
 * @param byRule                   occasions per rule id, in rule id order (every rule, even with no results)
 * @param byRecommendation         per (case, recommendation) the case-level outcome of the rules enforcing it,
 *                                 by recommendation id in order of first citation by the rules
 * @param teams                    per team, by name
 * @param workers                  per worker, by team then name
 * @param mostPressing             the cases needing action shown, most pressing first
 * @param mostPressingLimit        how many cases needing action (and cases for the record) are shown at most
 * @param rejections               the rejections shown, in input order (the first {@code rejectionsLimit})
 * @param indicators               the cohort indicators, overall and by team, beside the inspectors' figures
 * @param casesForTheRecord        how many cases have shortfalls that are all historic
 * @param forTheRecord             those shown, most pressing first
 * @param dueSoonTotal             how many duties fall due within the worklist's window
 * @param dueSoon                  those shown (the soonest {@code dueSoonLimit}), by team, worker and due date
 * @param dueSoonUntil             the last day of the worklist's window
 * @param recentWindow             how far back a late completion counts as recent, in words ("3 months")
 */
public record AuditSummary(LocalDate asOf, String policyName, List<RuleInfo> rules, RecommendationCatalogue catalogue,
                           boolean pseudonymised, long evaluated, long rejected, long casesWithWarnings,
                           long casesNeedingAction, OutcomeCounts outcomes, Map<String, OutcomeCounts> byRule,
                           Map<String, OutcomeCounts> byRecommendation, List<GroupTally> teams,
                           List<GroupTally> workers, List<CaseNeedingAction> mostPressing, int mostPressingLimit,
                           List<Rejection> rejections, int rejectionsLimit, IndicatorReport indicators,
                           long casesForTheRecord, List<CaseNeedingAction> forTheRecord,
                           long dueSoonTotal, List<DueSoon> dueSoon, int dueSoonLimit, LocalDate dueSoonUntil,
                           String recentWindow) {

    public long recordsRead() {
        return evaluated + rejected;
    }

    static AuditSummary of(Tally tally, IndicatorReport indicators, LocalDate asOf, String policyName,
                           List<RuleInfo> rules, RecommendationCatalogue catalogue, boolean pseudonymised,
                           Tally.Limits limits) {
        Map<String, OutcomeCounts> byRule = new LinkedHashMap<>();
        Set<String> recommendationIds = new LinkedHashSet<>();
        for (RuleInfo rule : rules) {
            byRule.put(rule.id(), tally.byRule.getOrDefault(rule.id(), new OutcomeCounts()));
            recommendationIds.addAll(rule.recommendationIds());
        }
        Map<String, OutcomeCounts> byRecommendation = new LinkedHashMap<>();
        for (String id : recommendationIds) {
            byRecommendation.put(id, tally.byRecommendation.getOrDefault(id, new OutcomeCounts()));
        }
        List<GroupTally> teams = new ArrayList<>(tally.byTeam.values());
        teams.sort(Comparator.comparing(GroupTally::name));
        List<GroupTally> workers = new ArrayList<>(tally.byWorker.values());
        workers.sort(Comparator.comparing(GroupTally::team).thenComparing(GroupTally::name));
        return new AuditSummary(asOf, policyName, rules, catalogue, pseudonymised, tally.evaluated, tally.rejected,
                tally.casesWithWarnings, tally.casesNeedingAction, tally.outcomes, byRule, byRecommendation,
                List.copyOf(teams), List.copyOf(workers), tally.casesNeedingActionInOrder(),
                limits.casesNeedingActionKept(), tally.rejectionsInOrder(), limits.rejectionsKept(), indicators,
                tally.casesForTheRecord, tally.forTheRecordInOrder(), tally.dueSoon, tally.dueSoonInOrder(),
                limits.dueSoonKept(), limits.dueSoonUntil(),
                limits.standings().recentWindow());
    }

    public RuleInfo rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
