package uk.practicecheck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.practicecheck.policy.PolicyLoader;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleInfo;

/** The committed rule catalogue is what {@code practice-check rules docs} makes from {@code rules/} now. */
class RuleCatalogueDocsTest {
    private static final Path COMMITTED = Path.of("docs", "rules.md");

    @Test
    void docsRulesMdIsCurrent() throws Exception {
        String generated = new RuleCatalogueWriter(RecommendationCatalogue.bundled(), PolicyLoader.defaults()).write(TestRuleBooks.projectRules().rules());
        assertTrue(Files.exists(COMMITTED), "docs/rules.md is missing: run 'practice-check rules docs' from the project folder");
        assertEquals(generated, Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "docs/rules.md is out of date: run 'java -jar target/practice-check.jar rules docs' from the project folder");
    }

    @Test
    void everyRuleHasASectionWithItsRecommendationTextAndFixtures() throws Exception {
        String generated = new RuleCatalogueWriter(RecommendationCatalogue.bundled(), PolicyLoader.defaults()).write(TestRuleBooks.projectRules().rules());
        for (RuleInfo rule : TestRuleBooks.projectRules().rules()) {
            assertTrue(generated.contains("\n### " + rule.id() + "\n\n" + rule.title() + "\n"), rule.id());
            assertTrue(generated.contains("- File: `" + rule.file() + "`"), rule.id());
            for (String id : rule.recommendationIds()) {
                String words = RecommendationCatalogue.bundled().find(id).orElseThrow().text().strip().split("\\s+", 4)[0];
                assertTrue(generated.contains("- **" + id + "**: " + words), id);
            }
            for (var fixture : RuleFixtures.of(rule)) {
                assertTrue(generated.contains("| `" + fixture.file().getFileName() + "` | " + fixture.expect().outcome().words() + " |"),
                        fixture.file().toString());
            }
        }
    }
}
