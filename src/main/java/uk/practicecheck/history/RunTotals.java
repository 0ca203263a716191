package uk.practicecheck.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.GroupTally;
import uk.practicecheck.indicator.IndicatorReport;

/**
 * The totals of an audit that the history keeps: taken from the audit's summary, so that the
 * history depends only on what it stores.
 *
 * @param ruleTitles       every rule's title, by id
 * @param byRule           results per rule id
 * @param byRecommendation per (case, recommendation) the worst outcome, by recommendation id
 * @param indicators       the cohort indicators, overall and by team
 */
public record RunTotals(int ruleCount, String policyName, long recordsRead, long evaluated, long rejected,
                        long casesWithWarnings, long casesNeedingAction, Counts overall, Map<String, String> ruleTitles,
                        Map<String, Counts> byRule, Map<String, Counts> byRecommendation, List<Group> teams,
                        List<Group> workers, List<IndicatorReport.Indicator> indicators) {

    /** A team's (team null) or a worker's results. */
    public record Group(String team, String name, long cases, long casesNotMet, Counts counts) {
    }

    public static RunTotals of(AuditSummary summary) {
        Map<String, String> titles = new LinkedHashMap<>();
        summary.rules().forEach(rule -> titles.put(rule.id(), rule.title()));
        Map<String, Counts> byRule = new LinkedHashMap<>();
        summary.byRule().forEach((id, counts) -> byRule.put(id, Counts.of(counts)));
        Map<String, Counts> byRecommendation = new LinkedHashMap<>();
        summary.byRecommendation().forEach((id, counts) -> byRecommendation.put(id, Counts.of(counts)));
        return new RunTotals(summary.rules().size(), summary.policyName(), summary.recordsRead(), summary.evaluated(),
                summary.rejected(), summary.casesWithWarnings(), summary.casesNeedingAction(),
                Counts.of(summary.outcomes()), titles, byRule, byRecommendation, groups(summary.teams()),
                groups(summary.workers()), summary.indicators() == null ? List.of() : summary.indicators().indicators());
    }

    private static List<Group> groups(List<GroupTally> tallies) {
        return tallies.stream().map(g -> new Group(g.team(), g.name(), g.cases(), g.casesNotMet(), Counts.of(g.results())))
                .toList();
    }
}
