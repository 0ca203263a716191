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
 * @param casesNeedingAction       how many cases have a rule not met or failed
 * @param outcomes                 every (case, rule) result, by outcome
 * @param byRule                   results per rule id, in rule id order (every rule, even with no results)
 * @param byRecommendation         per (case, recommendation) the worst outcome of the rules enforcing it,
 *                                 by recommendation id in order of first citation by the rules
 * @param teams                    per team, by name
 * @param workers                  per worker, by team then name
 * @param mostPressing             the cases needing action shown, most pressing first
 * @param mostPressingLimit        how many cases needing action are shown at most
 * @param rejections               the rejections shown, in input order (the first {@code rejectionsLimit})
 * @param indicators               the cohort indicators, overall and by team, beside the inspectors' figures
 */
public record AuditSummary(LocalDate asOf, String policyName, List<RuleInfo> rules, RecommendationCatalogue catalogue,
                           boolean pseudonymised, long evaluated, long rejected, long casesWithWarnings,
                           long casesNeedingAction, OutcomeCounts outcomes, Map<String, OutcomeCounts> byRule,
                           Map<String, OutcomeCounts> byRecommendation, List<GroupTally> teams,
                           List<GroupTally> workers, List<CaseNeedingAction> mostPressing, int mostPressingLimit,
                           List<Rejection> rejections, int rejectionsLimit, IndicatorReport indicators) {

    public long recordsRead() {
        return evaluated + rejected;
    }

    static AuditSummary of(Tally tally, IndicatorReport indicators, LocalDate asOf, String policyName, List<RuleInfo> rules,
                           RecommendationCatalogue catalogue, boolean pseudonymised, int mostPressingLimit,
                           int rejectionsLimit) {
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
                List.copyOf(teams), List.copyOf(workers), tally.casesNeedingActionInOrder(), mostPressingLimit,
                tally.rejectionsInOrder(), rejectionsLimit, indicators);
    }

    public RuleInfo rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
