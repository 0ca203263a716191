package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.text.WordUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.practicecheck.authoring.RuleFixtures;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.fixtures.FixtureLoader;
import uk.practicecheck.names.NearestName;
import uk.practicecheck.policy.PolicyLoader;
import uk.practicecheck.policy.StatutorySource;

/** {@code rules show ID}: everything about one rule. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one rule: its metadata, the recommendations it enforces with their source (or the statutory source"
                + " the policy cites where no recommendation asks for it), its DRL and its fixtures.")
final class RulesShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rule's id, as 'rules list' shows it.")
    String id;

    @Mixin
    RuleFolderOptions folders;

    @Override
    public Integer call() throws Exception {
        List<RuleSource> sources = folders.ruleBookSources();
        RuleBookCompiler.Compilation compilation = RuleBookCompiler.check(sources);
        if (compilation.ruleBook() == null) {
            return RulesCommand.rulesNotLoaded(spec.commandLine().getErr(), compilation.errors());
        }
        Optional<RuleInfo> found = compilation.ruleBook().rule(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("practice-check: no rule with id '" + id + "'"
                    + NearestName.suggestion(id, compilation.ruleBook().rules().stream().map(RuleInfo::id).toList())
                    + "; 'rules list' shows the ids");
            return ExitCodes.USAGE;
        }
        RuleInfo rule = found.get();
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id());
        out.println("  Title:      " + rule.title());
        out.println("  Severity:   " + rule.severity().name().toLowerCase(Locale.ROOT));
        out.println("  Since:      " + rule.since());
        out.println("  Applies to: " + StringUtils.defaultIfBlank(rule.appliesTo(), "(not stated)"));
        out.println("  File:       " + rule.file());
        out.println();
        out.println(rule.recommendationIds().isEmpty() ? RuleInfo.NO_RECOMMENDATION : "Recommendations:");
        RecommendationCatalogue catalogue = RecommendationCatalogue.bundled();
        for (String recommendationId : rule.recommendationIds()) {
            Optional<Recommendation> recommendation = catalogue.find(recommendationId);
            if (recommendation.isEmpty()) {
                out.println("  " + recommendationId + ": not in the recommendation catalogue");
                continue;
            }
            Recommendation r = recommendation.get();
            out.println("  " + r.id() + " - " + r.citation() + " (seeds/reports/" + r.source() + ", line " + r.line() + ")");
            out.println("    " + WordUtils.wrap(StringUtils.normalizeSpace(r.text()), 92, System.lineSeparator() + "    ", false));
        }
        if (!rule.statutory().isEmpty()) {
            out.println((rule.recommendationIds().isEmpty() ? "" : System.lineSeparator())
                    + "Statutory source (through the policy's defaults):");
            for (StatutorySource source : PolicyLoader.defaults().statutorySources(rule.statutory())) {
                out.println("  " + source.key() + (source.known() ? " - " + source.description() : ": not in the policy"));
                if (source.known()) {
                    out.println("    " + WordUtils.wrap(StringUtils.normalizeSpace(source.source()), 92, System.lineSeparator() + "    ", false));
                }
            }
        }
        out.println();
        out.println("DRL (" + rule.file() + "):");
        sources.stream().filter(s -> s.displayPath().equals(rule.file())).findFirst()
                .ifPresent(s -> s.text().lines().forEach(line -> out.println("  " + line)));
        out.println();
        Path folder = FixtureLoader.fixtureFolderOf(Path.of(rule.file()));
        List<Fixture> fixtures = RuleFixtures.of(rule);
        if (fixtures.isEmpty()) {
            out.println("Fixtures: none in " + folder + (RuleFolderOptions.usesBundledRules() && rule.file().startsWith("rules/")
                    ? " (the bundled rules' fixtures are not in the jar)" : ""));
        } else {
            out.println("Fixtures (" + folder + "/):");
            for (Fixture fixture : fixtures) {
                out.printf("  %-14s %s%n  %14s %s%n", fixture.expect().outcome(), fixture.file().getFileName(),
                        "", StringUtils.defaultString(fixture.description()));
            }
        }
        out.flush();
        return ExitCodes.ALL_MET;
    }
}
