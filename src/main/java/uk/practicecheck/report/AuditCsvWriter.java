package uk.practicecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.practicecheck.audit.AuditedRecord;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.Rejection;

/**
 * Every record as CSV rows, written as the audit goes (nothing is held): one row per finding; a
 * case where no rule found anything to check gets one row of type {@code case}; a rejected record
 * one row of type {@code rejected}. So evaluated = distinct records of {@code finding} and
 * {@code case} rows, rejected = {@code rejected} rows.
 */
public final class AuditCsvWriter implements RecordSink, AutoCloseable {
    static final String[] HEADERS = {"row_type", "file", "record", "case_id", "child_name", "team", "worker", "rule_id",
        "rule_title", "severity", "recommendations", "outcome", "subject", "due_date", "due", "done", "days_overdue",
        "message", "field", "reason"};

    private final CSVPrinter printer;

    public AuditCsvWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADERS).get());
    }

    @Override
    public void accept(List<AuditedRecord> batch) throws IOException {
        for (AuditedRecord record : batch) {
            if (record instanceof AuditedRecord.Evaluated evaluated) {
                writeCase(evaluated.result());
            } else {
                Rejection r = ((AuditedRecord.Rejected) record).rejection();
                printer.printRecord("rejected", r.source().file(), r.source().record(), null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, r.field(), r.reason());
            }
        }
    }

    private void writeCase(CaseResult c) throws IOException {
        boolean any = false;
        for (RuleResult r : c.rules()) {
            for (Finding f : r.findings()) {
                any = true;
                printer.printRecord("finding", c.source().file(), c.source().record(), c.caseId(), c.childName(), c.team(),
                        c.worker(), r.rule().id(), r.rule().title(), r.rule().severity().name().toLowerCase(Locale.ROOT),
                        String.join(" ", r.rule().recommendationIds()), f.outcome(), f.subject(), f.dueDate(), f.due(),
                        f.done(), f.daysOverdue(), f.message(), null, null);
            }
        }
        if (!any) {
            printer.printRecord("case", c.source().file(), c.source().record(), c.caseId(), c.childName(), c.team(),
                    c.worker(), null, null, null, null, c.outcome(), "no rule applies to this case", null, null, null,
                    null, null, null, null);
        }
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
