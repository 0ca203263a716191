package uk.practicecheck.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.RuleInfo;

/**
 * Every inspectors' figure is quoted from its report: the words are found in the seed text (runs of
 * white space collapsed) and they give the figure. The definitions name rules that exist.
 */
class IndicatorFiguresTest {
    /** Figures the reports give in words rather than digits. */
    private static final Map<Double, String> IN_WORDS = Map.of(80.0, "Eighty", 0.0, "no child");

    private static String collapsed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void everyFigureIsQuotedFromItsReportAndGivesItsValue() throws Exception {
        int figures = 0;
        for (IndicatorDefinition d : IndicatorCatalogue.bundled().definitions()) {
            for (InspectorsFigure f : d.figures()) {
                String report = collapsed(Files.readString(Path.of("seeds", "reports", f.report().file()), StandardCharsets.UTF_8));
                assertTrue(report.contains(collapsed(f.words())), d.id() + ": not found in " + f.report().file() + ": " + f.words());
                String digits = f.value() == Math.rint(f.value()) ? String.valueOf((long) f.value()) : String.valueOf(f.value());
                assertTrue(f.words().contains(digits) || f.words().contains(IN_WORDS.getOrDefault(f.value(), "\u0000")),
                        d.id() + ": the words do not give " + f.value() + ": " + f.words());
                figures++;
            }
        }
        assertEquals(29, figures, "figures quoted");
    }

    @Test
    void theReportDatesAreThoseOfTheSeedCatalogue() throws Exception {
        String readme = Files.readString(Path.of("seeds", "README.md"), StandardCharsets.UTF_8);
        for (SourceReport r : IndicatorCatalogue.bundled().reports()) {
            assertTrue(readme.contains("| `" + r.file() + "` |") && readme.contains("| " + r.date() + ":"), r.id());
        }
    }

    @Test
    void everyRuleNamedIsInTheRuleBookAndIdsAreUnique() throws Exception {
        Set<String> rules = new HashSet<>();
        for (RuleInfo rule : TestRuleBooks.projectRules().rules()) {
            rules.add(rule.id());
        }
        Set<String> ids = new HashSet<>();
        for (IndicatorDefinition d : IndicatorCatalogue.bundled().definitions()) {
            assertTrue(ids.add(d.id()), d.id());
            assertTrue(d.rule() == null || rules.contains(d.rule()), d.id() + " names " + d.rule());
        }
    }

    @Test
    void aMistakeInTheDefinitionsIsReportedWithTheIndicatorAndWhatIsWrong() {
        String file = """
                reports: []
                indicators:
                  - id: my-indicator
                    title: t
                    shownAs: percentage
                    counts: children
                    numerator: n
                    denominator: d
                    period: p
                    from: {measure: re-referral, witin: 12 months}
                    source: s
                    notJudged: x
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorCatalogue.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
        assertEquals("indicator 'my-indicator': the measure re-referral has no setting [witin]; its settings are [within]", e.getMessage());
        assertFalse(IndicatorCatalogue.bundled().definitions().isEmpty());
    }
}
