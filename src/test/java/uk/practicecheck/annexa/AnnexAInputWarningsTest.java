package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.audit.AuditRunner;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.ReadResultsInput;

/**
 * What reading a child from a workbook passed over reaches the audit: the warnings made while
 * joining the lists are the case's warnings, and the case counts as one with input warnings.
 */
class AnnexAInputWarningsTest {
    /** Told by List 8 row 2, after List 1 row 2 gave 2015-05-20 for the same child. */
    static final String CONFLICTING_BIRTH_DATE = "List 8 - Children in care, row 2, column B (Date of Birth) gives the date"
            + " of birth as 2015-05-21, not 2015-05-20 as List 1 - Contacts, row 2, column B (Date of Birth) does;"
            + " 2015-05-20 (read first) was used";

    @TempDir
    Path dir;

    /** C1's lists disagree on when the child was born; C2's do not. */
    static Path conflictingBirthDates(Path file) throws Exception {
        return Sheets.workbook()
                .sheet("List 1 - Contacts", "Child Unique ID", "Date of Birth", "Date of Contact")
                .row("C1", LocalDate.of(2015, 5, 20), LocalDate.of(2025, 9, 1))
                .row("C2", LocalDate.of(2016, 1, 1), LocalDate.of(2025, 9, 1)).done()
                .sheet("List 8 - Children in care", "Child Unique ID", "Date of Birth", "Date Started to be Looked After",
                        "Date of Latest Statutory Review")
                .row("C1", LocalDate.of(2015, 5, 21), LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 28))
                .row("C2", LocalDate.of(2016, 1, 1), LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 28)).done()
                .write(file);
    }

    @Test
    void aChildsConflictingDatesOfBirthAreAWarningOnItsCaseAndCountedInTheAudit() throws Exception {
        Path file = conflictingBirthDates(dir.resolve("annex-a.xlsx"));
        List<CaseInput> inputs = List.of(ReadResultsInput.of(file.toString(), () -> AnnexAWorkbook.read(file).records()));
        StreamingAuditor auditor = AuditRunner.auditor(2, null);

        Map<String, List<String>> warnings = auditor.auditAll(inputs).cases().stream()
                .collect(Collectors.toMap(CaseResult::caseId, CaseResult::warnings));
        assertEquals(Map.of("C1", List.of(CONFLICTING_BIRTH_DATE), "C2", List.of()), warnings);

        AuditSummary summary = auditor.audit(inputs, RecordSink.NONE);
        assertEquals(2, summary.evaluated());
        assertEquals(1, summary.casesWithWarnings());
    }
}
