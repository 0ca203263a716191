package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.fixtures.FixtureResult;
import uk.practicecheck.fixtures.FixtureSuite;
import uk.practicecheck.policy.PolicyLoader;

/** {@code rules test [PATH…]}: runs fixtures, as the Maven test suite does, and shows how each failing one differs. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run rule fixtures and print pass or fail for each, with expected against actual for failures.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every fixture passed",
            "1:a fixture failed or could not be read, or there were no fixtures",
            "2:usage error (such as no rules folder here and no PATH)",
            "4:the rules or the policy could not be loaded"})
final class RulesTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Rule files (their fixtures), fixture files or folders. Default: rules/ in the current folder.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    RuleFolderOptions folders;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Local timescales overriding the statutory defaults (same shape as default-policy.json).")
    Path policyFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> named = folders.namedPaths(paths);
        if (named.isEmpty()) {
            err.println("practice-check: there is no rules/ folder here, and the rules bundled in the jar come without their "
                    + "fixtures. Name a rules folder, rule file or fixture file, or run from a folder holding rules/.");
            return ExitCodes.USAGE;
        }
        FixtureSuite.Run run;
        try {
            run = FixtureSuite.find(named).run(PolicyLoader.load(policyFile));
        } catch (PolicyLoader.PolicyException e) {
            err.println("practice-check: " + e.getMessage());
            return ExitCodes.CONFIGURATION_ERROR;
        } catch (IOException e) {
            err.println("practice-check: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!run.compileErrors().isEmpty()) {
            return RulesCommand.rulesNotLoaded(err, run.compileErrors());
        }
        run.unreadable().forEach(p -> out.println("FAIL " + p));
        for (FixtureResult result : run.results()) {
            Fixture fixture = result.fixture();
            if (result.passed()) {
                out.println("pass " + fixture.file());
                continue;
            }
            out.println("FAIL " + fixture.file() + (result.ruleId() == null ? "" : " (" + result.ruleId() + ")"));
            out.println("     " + (fixture.description() == null ? "" : fixture.description()));
            out.println("     - expected: " + expected(fixture.expect()));
            out.println("     + actual:   " + result.actual());
            result.differences().forEach(d -> out.println("       " + d));
        }
        long failed = run.failures();
        int total = run.results().size() + run.unreadable().size();
        out.printf("%d fixtures: %d passed, %d failed.%n", total, total - failed, failed);
        out.flush();
        if (total == 0) {
            err.println("practice-check: no fixtures found in " + named.stream().map(Path::toString).collect(Collectors.joining(", ")));
            return ExitCodes.PROBLEMS_FOUND;
        }
        return failed == 0 ? ExitCodes.ALL_MET : ExitCodes.PROBLEMS_FOUND;
    }

    private static String expected(Fixture.Expectation expect) {
        StringBuilder text = new StringBuilder(expect.outcome().name());
        if (expect.dueDate() != null) {
            text.append(", due ").append(expect.dueDate());
        }
        if (expect.daysOverdue() != null) {
            text.append(", ").append(expect.daysOverdue()).append(" days overdue");
        }
        expect.messageContains().forEach(words -> text.append(", message containing \"").append(words).append('"'));
        return text.toString();
    }
}
