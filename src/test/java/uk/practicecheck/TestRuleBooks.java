package uk.practicecheck;

import java.io.IOException;
import java.nio.file.Path;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleBookException;
import uk.practicecheck.engine.RuleSources;

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
}
