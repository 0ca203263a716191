package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.authoring.RuleLinter;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleProblem;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.policy.PolicyLoader;

/** {@code rules lint [PATH…]}: every problem with the rules and their fixtures, as {@code file:line:column: message}. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check rules and their fixtures: compile errors, metadata, duplicate ids, unknown recommendation ids,",
            "unknown policy keys in @statutory, rules without a met and a not-met fixture, and fixtures without a rule.",
            "Prints every problem as file:line:column: message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors (there may be warnings)",
            "1:at least one error",
            "2:usage error",
            "4:the policy (--policy) could not be loaded"})
final class RulesLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Rule files or folders, checked together. Default: rules/ in the current folder, else the bundled rules.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    RuleFolderOptions folders;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A local policy file: its timescales and duties, new ones included, may be cited in @statutory.")
    Path policyFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleSource> sources;
        List<RuleProblem> problems;
        try {
            sources = folders.namedSources(paths);
            List<Path> fixtureRoots = folders.namedPaths(paths).stream().filter(Files::isDirectory).toList();
            problems = new RuleLinter(RecommendationCatalogue.bundled(), PolicyLoader.load(policyFile)).lint(sources, fixtureRoots);
        } catch (PolicyLoader.PolicyException e) {
            spec.commandLine().getErr().println("practice-check: " + e.getMessage());
            return ExitCodes.CONFIGURATION_ERROR;
        } catch (IOException e) {
            spec.commandLine().getErr().println("practice-check: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        problems.forEach(out::println);
        long errors = problems.stream().filter(p -> !p.warning()).count();
        out.printf("%d rule files: %d %s, %d %s.%n", sources.size(), errors, errors == 1 ? "error" : "errors",
                problems.size() - errors, problems.size() - errors == 1 ? "warning" : "warnings");
        out.flush();
        return errors == 0 ? ExitCodes.ALL_MET : ExitCodes.PROBLEMS_FOUND;
    }
}
