package uk.practicecheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.Recommendation.Level;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.Severity;

/** Every case-checkable recommendation is enforced by a rule or says why not, and rules cite only catalogued ids. */
class CoverageTest {
    private static final Path COVERAGE_DOC = Path.of("docs/coverage.md");

    private static Coverage projectCoverage() throws Exception {
        return new Coverage(RecommendationCatalogue.bundled(), TestRuleBooks.projectRules().rules());
    }

    @Test
    void everyCaseOrPartialRecommendationHasARuleOrAReason() throws Exception {
        List<Recommendation> unaccounted = projectCoverage().unaccounted();
        assertTrue(unaccounted.isEmpty(), () -> "no rule and no notEnforcedReason for "
                + unaccounted.stream().map(Recommendation::id).collect(Collectors.joining(", ")));
    }

    @Test
    void everyRuleCitesOnlyCataloguedRecommendations() throws Exception {
        List<String> unknown = projectCoverage().unknownCitations();
        assertTrue(unknown.isEmpty(), () -> String.join("\n", unknown));
    }

    @Test
    void noReasonIsLeftOnARecommendationARuleEnforces() throws Exception {
        List<Recommendation> stale = projectCoverage().staleReasons();
        assertTrue(stale.isEmpty(), () -> "remove notEnforcedReason from "
                + stale.stream().map(Recommendation::id).collect(Collectors.joining(", ")));
    }

    @Test
    void theCoverageDocumentAndTheReadmeShowTheCurrentCounts() throws Exception {
        String table = projectCoverage().summaryTable();
        for (Path doc : List.of(COVERAGE_DOC, Path.of("README.md"))) {
            assertTrue(Files.readString(doc).contains(table),
                    () -> doc + " is out of date (practice-check rules coverage --table); its table should read:\n" + table);
        }
    }

    @Test
    void theCoverageDocumentListsTheRulesNoRecommendationAsksFor() throws Exception {
        String listing = projectCoverage().statutoryListing();
        assertTrue(Files.readString(COVERAGE_DOC).contains("\n\n" + listing + "\n"),
                () -> COVERAGE_DOC + " is out of date (practice-check rules coverage); its list of rules citing the statute should read:\n"
                        + listing);
    }

    // The checks themselves, on a small made-up catalogue.

    private static Recommendation recommendation(String id, Level level, String notEnforcedReason) {
        return new Recommendation(id, "000.txt", "Test report", LocalDate.of(2016, 8, 5), "Recommendations", 1,
                "text", level, null, null, List.of(), notEnforcedReason);
    }

    private static RuleInfo rule(String id, String... recommendationIds) {
        return new RuleInfo(id, "title", List.of(recommendationIds), Severity.HIGH, "0.2.0", "everyone", id + ".drl");
    }

    @Test
    void aRuleCitingNoRecommendationIsListedWithTheStatutorySourcesItCites() {
        RuleInfo statutory = new RuleInfo("a.two", "title", List.of(), Severity.HIGH, "0.2.0", "everyone", "a.two.drl",
                List.of(), List.of(), List.of("lookedAfter.review.first", "plans.childViews"));
        Coverage coverage = new Coverage(small, List.of(rule("a.one", "T-R1"), statutory));

        assertEquals(List.of("a.two"), coverage.statutoryOnly().stream().map(RuleInfo::id).toList());
        assertEquals("- `a.two`: `lookedAfter.review.first`, `plans.childViews`\n", coverage.statutoryListing());
    }

    private final RecommendationCatalogue small = new RecommendationCatalogue(List.of(
            recommendation("T-R1", Level.CASE, null),
            recommendation("T-R2", Level.PARTIAL, null),
            recommendation("T-R3", Level.PARTIAL, "not in the case summary"),
            recommendation("T-R4", Level.STRATEGIC, null)));

    @Test
    void aCaseRecommendationWithNeitherRuleNorReasonIsUnaccounted() {
        Coverage coverage = new Coverage(small, List.of(rule("a.one", "T-R1")));
        assertEquals(List.of("T-R2"), coverage.unaccounted().stream().map(Recommendation::id).toList());
    }

    @Test
    void aRuleCitingAnUnknownIdIsReported() {
        Coverage coverage = new Coverage(small, List.of(rule("a.one", "T-R1", "T-R9")));
        assertEquals(List.of("a.one cites T-R9, which is not in the catalogue"), coverage.unknownCitations());
    }

    @Test
    void aReasonOnAnEnforcedRecommendationIsStale() {
        Coverage coverage = new Coverage(small, List.of(rule("a.one", "T-R3")));
        assertEquals(List.of("T-R3"), coverage.staleReasons().stream().map(Recommendation::id).toList());
    }

    @Test
    void theListingHasOneLinePerRecommendation() {
        Coverage coverage = new Coverage(small, List.of(rule("b.two", "T-R1"), rule("a.one", "T-R1")));
        List<String> lines = coverage.listing().lines().toList();
        assertEquals(4, lines.size());
        assertEquals("T-R1               case      a.one, b.two", lines.get(0));
        assertEquals("T-R2               partial   NO RULE AND NO REASON", lines.get(1));
        assertEquals("T-R3               partial   no rule: not in the case summary", lines.get(2));
        assertEquals("T-R4               strategic not checkable on a child's record", lines.get(3));
    }

    @Test
    void theSummaryCountsEnforcedOfTotalForCaseAndPartial() {
        Coverage coverage = new Coverage(small, List.of(rule("a.one", "T-R1")));
        assertTrue(coverage.summaryTable().contains("| `000.txt` | Test report | 1 of 1 | 0 of 2 | 0 | 1 |"),
                coverage.summaryTable());
    }

    @Test
    void countsByReportAndLevel() throws IOException {
        Coverage coverage = new Coverage(small, List.of(rule("a.one", "T-R1", "T-R2")));
        assertEquals(2, coverage.countsByReport().get("000.txt").get(Level.PARTIAL)[0]);
        assertEquals(1, coverage.countsByReport().get("000.txt").get(Level.PARTIAL)[1]);
    }
}
