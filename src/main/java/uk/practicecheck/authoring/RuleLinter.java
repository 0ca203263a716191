package uk.practicecheck.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleFile;
import uk.practicecheck.engine.RuleProblem;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.fixtures.FixtureLoader;
import uk.practicecheck.fixtures.InvalidFixtureException;
import uk.practicecheck.names.NearestName;
import uk.practicecheck.policy.Policy;

/**
 * Everything wrong with a set of rule files and their fixtures, all at once: compile errors,
 * metadata that is missing, malformed or still a placeholder, duplicate ids, recommendation ids
 * the catalogue does not know, statutory citations the policy does not hold, rules without a met and a not-met fixture, and fixtures without
 * a rule. Rules bundled in the jar have no fixtures beside them, so only rules read from
 * folders are checked for fixtures.
 */
public final class RuleLinter {
    private static final String PLACEHOLDER = "TODO";
    private static final Set<Outcome> REQUIRED_OUTCOMES = EnumSet.of(Outcome.MET, Outcome.NOT_MET);

    private final RecommendationCatalogue catalogue;
    private final Policy policy;

    /** @param policy the policy whose timescales and duties {@code @statutory} may cite */
    public RuleLinter(RecommendationCatalogue catalogue, Policy policy) {
        this.catalogue = catalogue;
        this.policy = policy;
    }

    /**
     * @param sources       the rule files to check, compiled together
     * @param fixtureRoots  folders to search for fixtures that have no rule
     * @return every problem, errors and warnings, in file and line order
     */
    public List<RuleProblem> lint(List<RuleSource> sources, List<Path> fixtureRoots) throws IOException {
        RuleBookCompiler.Compilation compilation = RuleBookCompiler.check(sources);
        List<RuleProblem> problems = new ArrayList<>(compilation.problems());
        for (RuleFile file : compilation.files()) {
            for (RuleFile.DeclaredRule rule : file.rules()) {
                problems.addAll(metadataProblems(file.source(), rule));
            }
            if (!"bundled".equals(file.source().origin())) {
                problems.addAll(fixtureProblems(Path.of(file.source().displayPath())));
            }
        }
        for (Path root : fixtureRoots) {
            for (Path json : FixtureLoader.fixtureFiles(root)) {
                if (!Files.isRegularFile(FixtureLoader.ruleFileFor(json))) {
                    problems.add(new RuleProblem(json.toString(), 0, 0, "fixture without a rule: there is no "
                            + json.getParent().getFileName() + ".drl beside its folder"));
                }
            }
        }
        problems.sort(RuleProblem.BY_POSITION);
        return problems;
    }

    /** What the compiler accepts but a finished rule must not have: placeholders, unknown recommendations and policy keys. */
    private List<RuleProblem> metadataProblems(RuleSource source, RuleFile.DeclaredRule rule) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String key : rule.metadata().keySet()) {
            String value = rule.metadataText(key);
            if (value != null && value.contains(PLACEHOLDER)) {
                problems.add(new RuleProblem(source.displayPath(), lineOf(source.text(), "@" + key, rule.line()), 0,
                        "@" + key + " is still a placeholder: \"" + value + "\""));
            }
        }
        String recommendations = rule.metadataText("recommendation");
        if (recommendations != null && !recommendations.contains(PLACEHOLDER)) {
            for (String id : Arrays.stream(recommendations.split("[,\\s]+")).filter(StringUtils::isNotBlank).toList()) {
                if (catalogue.find(id).isEmpty()) {
                    problems.add(new RuleProblem(source.displayPath(), lineOf(source.text(), "@recommendation", rule.line()), 0,
                            "unknown recommendation id '" + id + "'" + NearestName.suggestion(id, catalogue.all().stream().map(Recommendation::id).toList())
                                    + ": it is not in the recommendation catalogue (seeds/recommendations.json)"));
                }
            }
        }
        String statutory = rule.metadataText("statutory");
        if (statutory != null && !statutory.contains(PLACEHOLDER)) {
            for (String key : Arrays.stream(statutory.split("[,\\s]+")).filter(StringUtils::isNotBlank).toList()) {
                if (!policy.statutorySource(key).known()) {
                    problems.add(new RuleProblem(source.displayPath(), lineOf(source.text(), "@statutory", rule.line()), 0,
                            "unknown policy key '" + key + "' in @statutory" + NearestName.suggestion(key, policyKeys())
                                    + ": it is neither a timescale nor a duty of the policy"));
                }
            }
        }
        return problems;
    }

    private List<String> policyKeys() {
        List<String> keys = new ArrayList<>(policy.timescales().keySet());
        keys.addAll(policy.duties().keySet());
        return keys;
    }

    private static List<RuleProblem> fixtureProblems(Path ruleFile) throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        Path folder = FixtureLoader.fixtureFolderOf(ruleFile);
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (Path json : FixtureLoader.fixtureFiles(folder)) {
            try {
                Fixture fixture = FixtureLoader.load(json);
                outcomes.add(fixture.expect().outcome());
                if (fixture.description() == null || fixture.description().contains(PLACEHOLDER)
                        || fixture.expect().messageContains().stream().anyMatch(w -> w.contains(PLACEHOLDER))) {
                    problems.add(new RuleProblem(json.toString(), 0, 0,
                            "fixture still has a placeholder: fill in its description, case and expectation"));
                }
            } catch (InvalidFixtureException e) {
                problems.add(e.problem());
            }
        }
        for (Outcome required : REQUIRED_OUTCOMES) {
            if (!outcomes.contains(required)) {
                problems.add(new RuleProblem(ruleFile.toString(), 0, 0, "no fixture expecting " + required
                        + ": add one to " + folder + "/ (every rule needs a met and a not-met fixture)"));
            }
        }
        return problems;
    }

    /** The line of the first occurrence of {@code text}, or {@code fallback}. */
    private static int lineOf(String drl, String text, int fallback) {
        int offset = drl.indexOf(text);
        return offset < 0 ? fallback : 1 + (int) drl.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
