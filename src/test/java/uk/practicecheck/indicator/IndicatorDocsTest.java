package uk.practicecheck.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed docs/indicators.md is what the definitions make now, and shows every source and figure. */
class IndicatorDocsTest {
    private static final Path COMMITTED = Path.of("docs", "indicators.md");

    @Test
    void docsIndicatorsMdIsCurrent() throws Exception {
        assertEquals(IndicatorDocs.markdown(IndicatorCatalogue.bundled()), Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "docs/indicators.md is out of date: run 'java -jar target/practice-check.jar indicators docs' from the project folder");
    }

    @Test
    void everyIndicatorHasItsSourceAndEveryFigureWithTheReportsWords() {
        String markdown = IndicatorDocs.markdown(IndicatorCatalogue.bundled());
        for (IndicatorDefinition d : IndicatorCatalogue.bundled().definitions()) {
            assertTrue(markdown.contains("\n### " + d.id() + "\n"), d.id());
            assertTrue(markdown.contains("- Source: " + d.source() + "\n"), d.id());
            for (InspectorsFigure f : d.figures()) {
                assertTrue(markdown.contains("| " + f.report().date() + " | " + f.period() + " | "
                        + IndicatorTexts.value(d.shownAs(), f.value()) + " | \"" + f.words() + "\""), d.id() + ": " + f.words());
            }
        }
    }
}
