package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.catalogue.Coverage;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBookCompiler;

/** {@code rules coverage}: each catalogued recommendation with the rules that enforce it, or why none does. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"List every catalogued recommendation with its level and the rules that enforce it,",
            "the recorded reason no rule does, or that it cannot be checked on a child's record; then the rules",
            "no recommendation asks for, with the policy timescales and duties whose statutory source they cite."})
final class RulesCoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolderOptions folders;

    @Option(names = "--table", description = "Print the counts by report and level as a Markdown table (as in docs/coverage.md).")
    boolean table;

    @Override
    public Integer call() throws Exception {
        RuleBookCompiler.Compilation compilation = RuleBookCompiler.check(folders.ruleBookSources());
        if (compilation.ruleBook() == null) {
            return RulesCommand.rulesNotLoaded(spec.commandLine().getErr(), compilation.errors());
        }
        Coverage coverage = new Coverage(RecommendationCatalogue.bundled(), compilation.ruleBook().rules());
        PrintWriter out = spec.commandLine().getOut();
        if (table) {
            out.print(coverage.summaryTable());
        } else {
            out.print(coverage.listing());
            if (!coverage.statutoryOnly().isEmpty()) {
                out.println();
                out.println("Rules no recommendation asks for; each cites its statutory source through the policy:");
                out.print(coverage.statutoryListing());
            }
        }
        out.flush();
        return ExitCodes.ALL_MET;
    }
}
