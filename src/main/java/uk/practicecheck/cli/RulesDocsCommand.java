package uk.practicecheck.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.policy.PolicyLoader;
import uk.practicecheck.authoring.RuleCatalogueWriter;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBookCompiler;

/** {@code rules docs}: regenerates the rule catalogue from the rules' metadata and fixtures. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the rule catalogue (Markdown) from the rules' metadata, the recommendation catalogue and the fixtures.")
final class RulesDocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleFolderOptions folders;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "docs/rules.md",
            description = "Where to write it; '-' for standard output. Default: ${DEFAULT-VALUE}.")
    String output;

    @Override
    public Integer call() throws Exception {
        RuleBookCompiler.Compilation compilation = RuleBookCompiler.check(folders.ruleBookSources());
        if (compilation.ruleBook() == null) {
            return RulesCommand.rulesNotLoaded(spec.commandLine().getErr(), compilation.errors());
        }
        String markdown = new RuleCatalogueWriter(RecommendationCatalogue.bundled(), PolicyLoader.defaults()).write(compilation.ruleBook().rules());
        if ("-".equals(output)) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
        } else {
            Path file = Path.of(output);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("Wrote " + file + " (" + compilation.ruleBook().rules().size() + " rules).");
        }
        return ExitCodes.ALL_MET;
    }
}
