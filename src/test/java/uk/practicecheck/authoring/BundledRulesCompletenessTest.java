package uk.practicecheck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleIds;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleProblem;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.policy.PolicyLoader;

/** Every rule under {@code rules/}, each a test: complete metadata, and at least a met and a not-met fixture. */
class BundledRulesCompletenessTest {
    private static final Policy POLICY = PolicyLoader.defaults();

    @TestFactory
    Stream<DynamicTest> everyRuleHasCompleteMetadataAndMetAndNotMetFixtures() throws Exception {
        List<RuleInfo> rules = TestRuleBooks.projectRules().rules();
        assertFalse(rules.isEmpty(), "no rules under rules/");
        RecommendationCatalogue catalogue = RecommendationCatalogue.bundled();
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), Path.of(rule.file()).toUri(), () -> {
            assertTrue(RuleIds.isWellFormed(rule.id()), "id format");
            assertTrue(Path.of(rule.file()).startsWith(Path.of("rules", RuleIds.area(rule.id()))),
                    () -> "a rule lives in the folder of its area: " + rule.file());
            for (String value : List.of(rule.title(), rule.since(), StringUtils.defaultString(rule.appliesTo()))) {
                assertTrue(StringUtils.isNotBlank(value) && !value.contains("TODO"), () -> "incomplete metadata: '" + value + "'");
            }
            assertFalse(rule.recommendationIds().isEmpty() && rule.statutory().isEmpty(),
                    "cites neither a recommendation nor a statutory source through the policy");
            rule.statutory().forEach(key -> assertTrue(POLICY.statutorySource(key).known(),
                    () -> "@statutory names '" + key + "', which is neither a timescale nor a duty of the bundled policy"));
            rule.recommendationIds().forEach(id -> assertTrue(catalogue.find(id).isPresent(), () -> "unknown recommendation " + id));
            Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
            RuleFixtures.of(rule).stream().map(Fixture::expect).map(Fixture.Expectation::outcome).forEach(outcomes::add);
            assertTrue(outcomes.containsAll(EnumSet.of(Outcome.MET, Outcome.NOT_MET)),
                    () -> "needs a MET and a NOT_MET fixture; has " + outcomes);
        }));
    }

    @TestFactory
    Stream<DynamicTest> lintFindsNothingInAnyRule() throws Exception {
        List<RuleProblem> problems = new RuleLinter(RecommendationCatalogue.bundled(), POLICY)
                .lint(RuleSources.fromDirectory(TestRuleBooks.RULES), List.of(TestRuleBooks.RULES));
        return Stream.of(DynamicTest.dynamicTest("rules lint rules/", () ->
                assertEquals(List.of(), problems.stream().map(RuleProblem::toString).toList())));
    }
}
