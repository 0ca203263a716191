package uk.practicecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Excel workbook: its sheets, frozen headers and filters, and cells of the right kind. */
class XlsxReportTest {

    @Test
    void everySheetHasAFrozenHeaderAndAFilterAndDatesAreDates() throws Exception {
        String workbook = AuditRunner.allFormats(List.of(Path.of("src/test/resources/audit/cohort.ndjson")), 1, null)
                .get("xlsx.txt");
        List<String> sheets = Arrays.stream(workbook.split("\n")).filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("Indicators", "Indicators by team", "Summary", "By rule", "By team", "By worker", "Cases needing action", "Due soon", "Findings",
                "Rejected"), sheets.stream().map(l -> l.substring(3, l.indexOf(" | "))).toList());
        for (String sheet : sheets) {
            assertTrue(sheet.contains("| frozen rows 1 |") && !sheet.endsWith("autofilter none"), sheet);
        }
        assertTrue(workbook.contains("B2=date:2026-06-01"), "the as-of date on the summary is a date");
        assertTrue(workbook.matches("(?s).*\\| L\\d+=date:20\\d\\d-\\d\\d-\\d\\d .*"), "due dates of findings are dates");
        assertTrue(workbook.matches("(?s).*D\\d+=percent:0\\.\\d+.*"), "compliance rates are percentages");
        assertTrue(workbook.matches("(?s).*E\\d+=number:\\d+\\.0.*"), "counts are numbers");
    }
}
