package uk.practicecheck.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.annexa.HeldFields;
import uk.practicecheck.cincensus.CinDoc;
import uk.practicecheck.annexa.MappingTable;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.ssda903.Ssda903Doc;

/** docs/statutory-returns.md's generated sections are what the code says. */
class ReturnsDocTest {
    private static final Path DOC = Path.of("docs/statutory-returns.md");

    /** The sources, in the columns of the coverage table, with the fields each holds at best. */
    static Map<String, Set<String>> sources() {
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        sources.put("Annex A", HeldFields.heldAtBest());
        sources.put("SSDA903", Ssda903Doc.heldAtBest());
        sources.put("CIN census", CinDoc.heldAtBest());
        return sources;
    }

    @Test
    void theGeneratedSectionsMatchTheCode() throws Exception {
        String doc = Files.readString(DOC);
        String expected = replace(doc, "SSDA903 TABLES", "\n" + Ssda903Doc.tables() + "\n");
        expected = replace(expected, "SSDA903 MAPPING", "\n" + Ssda903Doc.mappingTable() + "\n");
        expected = replace(expected, "CIN MAPPING", "\n" + CinDoc.mappingTable() + "\n");
        expected = replace(expected, "RULE COVERAGE", "\n" + SourceCoverage.markdown(
                MappingTable.rulesByField(TestRuleBooks.projectRules(), RuleSources.fromDirectory(TestRuleBooks.RULES)),
                sources()) + "\n");
        if (Boolean.getBoolean("returns.writeDoc")) {
            Files.writeString(DOC, expected);
        }
        assertEquals(expected, doc, "docs/statutory-returns.md is out of date: run"
                + " mvn -q test -Dtest=ReturnsDocTest -Dreturns.writeDoc=true");
    }

    private static String replace(String doc, String section, String generated) {
        String begin = "<!-- BEGIN GENERATED " + section + " -->\n";
        String end = "<!-- END GENERATED " + section + " -->";
        int from = doc.indexOf(begin) + begin.length();
        int to = doc.indexOf(end);
        if (from < begin.length() || to < 0) {
            throw new AssertionError("docs/statutory-returns.md has no generated section " + section);
        }
        return doc.substring(0, from) + generated + doc.substring(to);
    }
}
