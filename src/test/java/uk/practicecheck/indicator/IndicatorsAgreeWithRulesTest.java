package uk.practicecheck.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.generate.CaseGenerator;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.policy.PolicyLoader;

/**
 * On every generated case, each rule-based indicator agrees with its rule: over all due dates, its
 * numerator is the rule's occasions met, its denominator those met or not met, and the case is not
 * judged exactly when the rule could not tell (or failed, or could not date an occasion). A rule not
 * met shows as a shortfall or as not judged, never as 100%.
 */
class IndicatorsAgreeWithRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    /** Every due date, including those after the as-of date of things already done early. */
    private static final Period ALL_TIME = new Period(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
    private static final int CASES = 1500;

    @Test
    void everyRuleBasedIndicatorAgreesWithItsRuleOnEveryGeneratedCase() throws Exception {
        IndicatorCatalogue catalogue = IndicatorCatalogue.bundled();
        List<IndicatorDefinition> ruleBased = catalogue.definitions().stream().filter(d -> d.rule() != null).toList();
        Map<String, Long> judged = new HashMap<>();
        CaseGenerator generator = new CaseGenerator(11, AS_OF);
        try (CaseEvaluator evaluator = new CaseEvaluator(TestRuleBooks.projectRules(), PolicyLoader.defaults())) {
            for (int i = 1; i <= CASES; i++) {
                CaseSummary c = generator.generate(i);
                CaseResult result = evaluator.evaluate(c, AS_OF, new RecordSource("generated", i), List.of());
                for (IndicatorDefinition definition : ruleBased) {
                    RuleResult rule = result.rules().stream().filter(r -> r.rule().id().equals(definition.rule()))
                            .findFirst().orElseThrow();
                    CaseCounts counts = new CaseCounts();
                    catalogue.measure(definition.id()).count(c, result, ALL_TIME, counts);
                    String where = definition.id() + " on generated case " + i;
                    long met = 0;
                    long notMet = 0;
                    boolean unjudged = false;
                    for (Finding f : rule.findings()) {
                        boolean dated = f.dueDate() != null;
                        met += f.outcome() == Outcome.MET && dated ? 1 : 0;
                        notMet += f.outcome() == Outcome.NOT_MET && dated ? 1 : 0;
                        unjudged |= f.outcome() == Outcome.CANNOT_TELL || f.outcome() == Outcome.ERROR
                                || !dated && (f.outcome() == Outcome.MET || f.outcome() == Outcome.NOT_MET);
                    }
                    assertEquals(met, counts.numerator, where);
                    assertEquals(met + notMet, counts.denominator, where);
                    assertEquals(unjudged, counts.notJudged, where);
                    if (rule.outcome() == Outcome.NOT_MET) {
                        assertTrue(counts.numerator < counts.denominator || counts.notJudged, where);
                    }
                    if (rule.outcome() == Outcome.MET) {
                        assertTrue(counts.denominator > 0 && counts.numerator == counts.denominator, where);
                    }
                    if (rule.outcome() == Outcome.NOT_APPLICABLE) {
                        assertTrue(counts.isEmpty(), where);
                    }
                    judged.merge(definition.id(), counts.denominator, Long::sum);
                }
            }
        }
        for (IndicatorDefinition definition : ruleBased) {
            assertTrue(judged.getOrDefault(definition.id(), 0L) > 0, "the generated cases judge nothing for " + definition.id());
        }
    }
}
