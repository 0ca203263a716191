package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.RuleSources;

/** docs/annex-a.md's mapping section is what the code says. */
class AnnexADocTest {
    private static final Path DOC = Path.of("docs/annex-a.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED MAPPING -->\n";
    private static final String END = "<!-- END GENERATED MAPPING -->";

    @Test
    void theDocumentedMappingMatchesTheCode() throws Exception {
        Map<String, Set<String>> rulesByField = MappingTable.rulesByField(TestRuleBooks.projectRules(),
                RuleSources.fromDirectory(TestRuleBooks.RULES));
        String generated = "\n" + MappingTable.markdown(rulesByField)
                + "\nFields held when a workbook has every mapped column (every other field is in `notHeld`):\n\n"
                + MappingTable.heldFields()
                + "\n### What each rule can and cannot judge from Annex A\n\n"
                + MappingTable.ruleMarkdown(TestRuleBooks.projectRules(), rulesByField) + "\n";
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN) + BEGIN.length();
        int end = doc.indexOf(END);
        String expected = doc.substring(0, begin) + generated + doc.substring(end);
        if (Boolean.getBoolean("annexa.writeDoc")) {
            Files.writeString(DOC, expected);
        }
        assertEquals(expected, doc, "docs/annex-a.md is out of date: run"
                + " mvn -q test -Dtest=AnnexADocTest -Dannexa.writeDoc=true");
    }
}
