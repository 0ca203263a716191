package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleInfo;

/** {@code rules list}: every rule, one per line, with its title beneath. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the rules: id, severity, recommendation ids and file, with the title beneath.")
final class RulesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolderOptions folders;

    @Override
    public Integer call() throws Exception {
        RuleBookCompiler.Compilation compilation = RuleBookCompiler.check(folders.ruleBookSources());
        if (compilation.ruleBook() == null) {
            return RulesCommand.rulesNotLoaded(spec.commandLine().getErr(), compilation.errors());
        }
        List<RuleInfo> rules = compilation.ruleBook().rules();
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo rule : rules) {
            out.printf("%-" + idWidth + "s  %-6s  %s  %s%n", rule.id(), rule.severity().name().toLowerCase(Locale.ROOT),
                    String.join(", ", rule.recommendationIds()), rule.file());
            out.printf("%" + idWidth + "s  %s%n", "", rule.title());
        }
        out.printf("%d rules%s.%n", rules.size(), RuleFolderOptions.usesBundledRules() ? " (bundled)" : "");
        out.flush();
        return ExitCodes.ALL_MET;
    }
}
