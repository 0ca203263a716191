package uk.practicecheck;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleBookException;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.policy.PolicyLoader;

/** The project's rule book, compiled once from {@code rules/} for all the tests that need it. */
public final class TestRuleBooks {
    public static final Path RULES = Path.of("rules");
    private static RuleBook projectRules;

    private TestRuleBooks() {
    }

    public static synchronized RuleBook projectRules() throws IOException, RuleBookException {
        if (projectRules == null) {
            projectRules = RuleBookCompiler.compile(RuleSources.fromDirectory(RULES));
        }
        return projectRules;
    }

    /** What one of the project's rules, under the default policy, finds in {@code child} as of {@code asOf}. */
    public static RuleResult resultOf(CaseSummary child, String ruleId, LocalDate asOf) throws IOException, RuleBookException {
        try (CaseEvaluator evaluator = new CaseEvaluator(projectRules(), PolicyLoader.defaults())) {
            return resultOf(evaluator, child, ruleId, asOf);
        }
    }

    /** What one rule of {@code evaluator}'s rule book finds in {@code child} as of {@code asOf}. */
    public static RuleResult resultOf(CaseEvaluator evaluator, CaseSummary child, String ruleId, LocalDate asOf) {
        return evaluator.evaluate(child, asOf, new RecordSource("test case", 1), List.of()).rules().stream()
                .filter(r -> r.rule().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + ruleId));
    }

    /** The findings of {@link #resultOf(CaseSummary, String, LocalDate)}. */
    public static List<Finding> findingsOf(CaseSummary child, String ruleId, LocalDate asOf) throws IOException, RuleBookException {
        return resultOf(child, ruleId, asOf).findings();
    }
}
