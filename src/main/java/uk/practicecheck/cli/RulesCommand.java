package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.engine.RuleProblem;

/** {@code rules …}: writing, testing and documenting rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List, show, test, lint, scaffold and document rules.",
            "Works on the rules/ folder in the current folder if there is one, else on the rules bundled in the jar."},
        subcommands = {RulesListCommand.class, RulesShowCommand.class, RulesTestCommand.class,
            RulesLintCommand.class, RulesNewCommand.class, RulesDocsCommand.class})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Prints why the rules could not be compiled, the exit code for it returned. */
    static int rulesNotLoaded(PrintWriter err, List<RuleProblem> problems) {
        err.println("The rules could not be loaded:");
        problems.forEach(p -> err.println("  " + p));
        return ExitCodes.CONFIGURATION_ERROR;
    }
}
