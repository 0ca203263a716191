package uk.practicecheck.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.policy.PolicyLoader;

/** Generated cases exercise every rule, are mostly compliant, and depend only on the seed. */
class CaseGeneratorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final int CASES = 4000;

    private static final Map<String, Map<Outcome, Integer>> OUTCOMES_BY_RULE = new TreeMap<>();
    private static int casesNotMet;

    @BeforeAll
    static void auditGeneratedCases() throws Exception {
        RuleBook rules = TestRuleBooks.projectRules();
        CaseGenerator generator = new CaseGenerator(7, AS_OF);
        try (CaseEvaluator evaluator = new CaseEvaluator(rules, PolicyLoader.defaults())) {
            for (int i = 1; i <= CASES; i++) {
                CaseResult result = evaluator.evaluate(generator.generate(i), AS_OF, new RecordSource("generated", i), List.of());
                boolean notMet = false;
                for (RuleResult rule : result.rules()) {
                    OUTCOMES_BY_RULE.computeIfAbsent(rule.rule().id(), id -> new EnumMap<>(Outcome.class))
                            .merge(rule.outcome(), 1, Integer::sum);
                    notMet |= rule.outcome() == Outcome.NOT_MET;
                    assertTrue(rule.outcome() != Outcome.ERROR, "case " + i + ": " + rule);
                }
                casesNotMet += notMet ? 1 : 0;
            }
        }
        if (Boolean.getBoolean("generator.report")) {
            OUTCOMES_BY_RULE.forEach((rule, outcomes) -> System.out.println(rule + " " + outcomes));
            System.out.println("cases with something not met: " + casesNotMet + " of " + CASES);
        }
    }

    @Test
    void everyRuleAppliesAndCommonOnesAreBothMetAndNotMet() {
        assertEquals(TestRuleBooksSize.ruleCount(), OUTCOMES_BY_RULE.size());
        OUTCOMES_BY_RULE.forEach((rule, outcomes) -> {
            int applied = CASES - outcomes.getOrDefault(Outcome.NOT_APPLICABLE, 0);
            assertTrue(applied >= CASES / 100, rule + " rarely applies: " + outcomes);
            assertTrue(outcomes.getOrDefault(Outcome.MET, 0) + outcomes.getOrDefault(Outcome.NOT_YET_DUE, 0) > 0,
                    rule + " never met: " + outcomes);
            if (applied >= CASES / 10) {
                assertTrue(outcomes.getOrDefault(Outcome.NOT_MET, 0) > 0, rule + " never not met: " + outcomes);
            }
        });
    }

    @Test
    void mostCasesAreCompliantAndAMinorityNeedAction() {
        double share = (double) casesNotMet / CASES;
        assertTrue(share >= 0.2 && share <= 0.4, "share of cases with something not met: " + share);
    }

    @Test
    void noRuleFailsForMostOfTheCasesItAppliesTo() {
        OUTCOMES_BY_RULE.forEach((rule, outcomes) -> {
            int applied = outcomes.entrySet().stream().filter(e -> e.getKey() != Outcome.NOT_APPLICABLE)
                    .mapToInt(Map.Entry::getValue).sum();
            assertTrue(outcomes.getOrDefault(Outcome.NOT_MET, 0) < applied * 0.3, rule + ": " + outcomes);
        });
    }

    @Test
    void placementsSayWhetherTheyAreOutOfAreaAndWhetherBrothersOrSistersAreLookedAfter() {
        // Both yes/no facts are recorded on every generated placement, so these rules never fall back to cannot tell.
        for (String rule : List.of("placements.out-of-area-notified", "placements.siblings-together-or-apart-assessed")) {
            assertEquals(0, OUTCOMES_BY_RULE.get(rule).getOrDefault(Outcome.CANNOT_TELL, 0), rule + ": " + OUTCOMES_BY_RULE.get(rule));
        }
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() throws Exception {
        assertEquals(ndjson(3, 50), ndjson(3, 50));
        assertTrue(!ndjson(3, 50).equals(ndjson(4, 50)));
    }

    private static String ndjson(long seed, int cases) throws Exception {
        StringWriter out = new StringWriter();
        new CaseGenerator(seed, AS_OF).writeNdjson(cases, out);
        return out.toString();
    }

    /** The number of rules in the project's rule book. */
    private static final class TestRuleBooksSize {
        static int ruleCount() {
            try {
                return TestRuleBooks.projectRules().rules().size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
