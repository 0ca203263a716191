package uk.practicecheck.audit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.policy.StatutorySource;

/**
 * Everything one run found: each case's results and each rejected record, with what they were
 * judged against, and the cohort indicators over the cases. Records read always equals cases
 * evaluated plus records rejected. The policy is the one the cases were judged with: reports quote the
 * statutory sources rules cite through it.
 */
public record AuditResult(LocalDate asOf, String policyName, List<RuleInfo> rules,
                          RecommendationCatalogue catalogue, List<CaseResult> cases, List<Rejection> rejections,
                          IndicatorReport indicators, Policy policy) {

    /** The statutory sources {@code rule} cites through the policy ({@code @statutory}), in order. */
    public List<StatutorySource> statutorySources(RuleInfo rule) {
        return policy.statutorySources(rule.statutory());
    }

    public long recordsRead() {
        return cases.size() + (long) rejections.size();
    }

    /** How many (case, rule) results had each outcome. */
    public Map<Outcome, Long> outcomeCounts() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
        for (CaseResult c : cases) {
            for (RuleResult r : c.rules()) {
                counts.merge(r.outcome(), 1L, Long::sum);
            }
        }
        return counts;
    }

    public long casesWith(Outcome outcome) {
        return cases.stream().filter(c -> c.count(outcome) > 0).count();
    }
}
