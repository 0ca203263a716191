package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/check-command.md's field tables are the case summary schema's fields, so they cannot go stale. */
class CheckCommandDocTest {
    private static final Path DOC = Path.of("docs/check-command.md");
    private static final Path SCHEMA = Path.of("docs/schema/case-summary.schema.json");
    private static final String BEGIN = "<!-- BEGIN GENERATED FIELDS: mvn -q test -Dtest=CheckCommandDocTest -Dcheckcommand.writeDoc=true -->\n";
    private static final String END = "<!-- END GENERATED FIELDS -->";

    @Test
    void theFieldTablesAreTheSchemasFields() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        String generated = "\n" + new CaseSummaryFieldTable(schema).markdown() + "\n";
        String doc = Files.readString(DOC);
        assertTrue(doc.contains(BEGIN) && doc.contains(END), DOC + " has lost its generated-fields markers");
        int begin = doc.indexOf(BEGIN) + BEGIN.length();
        String expected = doc.substring(0, begin) + generated + doc.substring(doc.indexOf(END));
        if (Boolean.getBoolean("checkcommand.writeDoc")) {
            Files.writeString(DOC, expected);
        }
        assertEquals(expected, doc, DOC + " is out of date with " + SCHEMA
                + ": run mvn -q test -Dtest=CheckCommandDocTest -Dcheckcommand.writeDoc=true");
    }

    @Test
    void everyFieldOfTheSchemaHasARow() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        String tables = new CaseSummaryFieldTable(schema).markdown();
        schema.path("properties").fieldNames().forEachRemaining(field ->
                assertTrue(tables.contains("| `" + field + "`") || tables.contains("| `" + field + "[]`"), field));
        schema.path("$defs").path("Plan").path("properties").fieldNames().forEachRemaining(field ->
                assertTrue(tables.contains("| `" + field + "`") || tables.contains("| `" + field + "[]`"), "plans[]." + field));
        assertTrue(tables.contains("\n### `plans[].actions[]`\n"), "records within records get their own table");
    }
}
