package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.util.List;
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
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Prints why the rules could not be compiled, the exit code for it returned. */
    static int rulesNotLoaded(PrintWriter err, List<RuleProblem> problems) {
        err.println("The rules could not be loaded:");
        problems.forEach(p -> err.println("  " + p));
        return ExitCodes.CONFIGURATION_ERROR;
    }
}
