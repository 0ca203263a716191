package uk.practicecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Case data written to reports can never forge a line, move a terminal's cursor or start a
 * spreadsheet formula; JSON keeps the exact values.
 */
class HostileOutputTest {
    private static final Path HOSTILE = Path.of("src/test/resources/audit/hostile.ndjson");
    private static Map<String, String> outputs;

    @BeforeAll
    static void audit() throws Exception {
        outputs = AuditRunner.allFormats(List.of(HOSTILE), 1, null);
    }

    @Test
    void noControlCharacterReachesATextLikeFormat() {
        for (String format : List.of("txt", "md", "csv", "html")) {
            String out = outputs.get(format);
            for (char ch : out.toCharArray()) {
                boolean lineBreak = ch == '\n' || ch == '\r';
                assertTrue(lineBreak || ch >= 0x20 && (ch < 0x7f || ch > 0x9f),
                        format + " holds control character U+" + Integer.toHexString(ch));
            }
            assertFalse(out.contains("\nCase FAKE-1"), format + ": a newline in a name started a line");
            assertFalse(out.contains("\rSpoof"), format + ": a carriage return in a team reached the output");
        }
    }

    @Test
    void csvCellsFromCaseDataCannotStartAFormula() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(outputs.get("csv").substring(1))).getRecords();
        assertEquals(2, rows.stream().map(r -> r.get("record")).distinct().count());
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula-like cell: " + cell);
            }
        }
        CSVRecord first = rows.get(0);
        assertEquals("'=HYPERLINK(\"http://example.invalid\",\"x\")", first.get("case_id"));
        assertEquals("'+Team Spoof", first.get("team"));
        assertTrue(first.get("worker").startsWith("'@SUM(1+1)"), first.get("worker"));
        CSVRecord second = rows.stream().filter(r -> r.get("record").equals("2")).findFirst().orElseThrow();
        assertEquals("'-2+3", second.get("case_id"));
        assertEquals("' Tabby Renée", second.get("child_name"));
    }

    @Test
    void xlsxWritesCaseDataAsTextNeverAsAFormula() {
        String workbook = outputs.get("xlsx.txt");
        assertFalse(workbook.contains("=formula:"), workbook);
        assertTrue(workbook.contains("=quoted text:=HYPERLINK(\"http://example.invalid\",\"x\")"), workbook);
        assertTrue(workbook.contains("=quoted text:+Team Spoof"), workbook);
        assertTrue(workbook.contains("=quoted text:-2+3"), workbook);
        assertTrue(workbook.contains("=text:�[2J�]0;pwned� B. Case FAKE-1 - Forged line")
                || workbook.contains("text:Amy�[2J�]0;pwned� B. Case FAKE-1 - Forged line"), workbook);
    }

    @Test
    void jsonKeepsTheExactValuesEscaped() throws Exception {
        String json = outputs.get("json");
        JsonNode first = new ObjectMapper().readTree(json).get("casesNeedingAction").get("cases").get(0);
        assertEquals("Amy\u001b[2J\u001b]0;pwned\u0007 B.\nCase FAKE-1 - Forged line", first.get("childName").asText());
        assertFalse(json.contains("\u001b"), "escaped, not raw");
    }
}
