package uk.practicecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.practicecheck.audit.AuditedRecord;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.Rejection;

/**
 * Every record as CSV rows for Excel, written as the audit goes (nothing is held). The file starts
 * with a UTF-8 byte-order mark, so that Excel reads accented names correctly; every text cell is
 * made safe by {@link SafeText#cell} (nothing can start a formula or a line).
 *
 * <p>{@link Rows#ATTENTION} (the default) has a row of type {@code finding} for each finding that
 * needs attention (not met, cannot tell, rule error, or not yet due but due within the due-soon
 * window) and one row of type {@code case} for a case with none; {@link Rows#ALL} has a row for
 * every finding, and a {@code case} row for a case where no rule found anything to check; either
 * way evaluated = distinct records of {@code finding} and {@code case} rows. {@link Rows#CASES} has
 * one {@code case} row per case with its counts. A rejected record is one {@code rejected} row.
 */
public final class AuditCsvWriter implements RecordSink, AutoCloseable {
    static final String[] FINDING_HEADERS = {"row_type", "file", "record", "case_id", "child_name", "team", "worker",
        "rule_id", "rule_title", "severity", "recommendations", "outcome", "subject", "due_date", "due", "done_date",
        "done", "days_overdue", "message", "field", "reason"};
    static final String[] CASE_HEADERS = {"row_type", "file", "record", "case_id", "child_name", "team", "worker",
        "outcome", "occasions_not_met", "rule_errors", "occasions_cannot_tell", "due_soon", "occasions_met",
        "most_days_overdue", "rules_not_met", "field", "reason"};

    /** Which rows the file has. */
    public enum Rows {
        /** Findings not met, cannot tell, rule error or due soon; a case row for a case with none. */
        ATTENTION,
        /** Every finding. */
        ALL,
        /** One row per case. */
        CASES
    }

    private final CSVPrinter printer;
    private final Rows rows;
    private final LocalDate dueSoonUntil;

    /**
     * @param dueSoonUntil the last day of the due-soon window: findings not yet due by then are not
     *                     attention rows
     */
    public AuditCsvWriter(Writer out, Rows rows, LocalDate dueSoonUntil) throws IOException {
        out.write('\uFEFF');
        this.rows = rows;
        this.dueSoonUntil = dueSoonUntil;
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(rows == Rows.CASES ? CASE_HEADERS : FINDING_HEADERS).get());
    }

    @Override
    public void accept(List<AuditedRecord> batch) throws IOException {
        for (AuditedRecord record : batch) {
            if (record instanceof AuditedRecord.Evaluated evaluated) {
                if (rows == Rows.CASES) {
                    writeCaseRow(evaluated.result());
                } else {
                    writeFindings(evaluated.result());
                }
            } else {
                Rejection r = ((AuditedRecord.Rejected) record).rejection();
                List<Object> row = blankRow();
                row.set(0, "rejected");
                row.set(1, r.source().file());
                row.set(2, r.source().record());
                row.set(row.size() - 2, r.field());
                row.set(row.size() - 1, r.reason());
                print(row);
            }
        }
    }

    private void writeFindings(CaseResult c) throws IOException {
        boolean any = false;
        for (RuleResult r : c.rules()) {
            for (Finding f : r.findings()) {
                if (rows == Rows.ALL || needsAttention(f)) {
                    any = true;
                    print(List.of("finding", c.source().file(), c.source().record(), orEmpty(c.caseId()),
                            orEmpty(c.childName()), orEmpty(c.team()), orEmpty(c.worker()), r.rule().id(), r.rule().title(),
                            r.rule().severity().name().toLowerCase(Locale.ROOT), String.join(" ", r.rule().recommendationIds()),
                            f.outcome().words(), orEmpty(f.subject()), orEmpty(f.dueDate()), orEmpty(f.due()),
                            orEmpty(f.doneDate()), orEmpty(f.done()), orEmpty(f.daysOverdue()), orEmpty(f.message()), "", ""));
                }
            }
        }
        if (!any) {
            List<Object> row = blankRow();
            row.set(0, "case");
            row.set(1, c.source().file());
            row.set(2, c.source().record());
            row.set(3, orEmpty(c.caseId()));
            row.set(4, orEmpty(c.childName()));
            row.set(5, orEmpty(c.team()));
            row.set(6, orEmpty(c.worker()));
            row.set(11, c.outcome().words());
            row.set(12, rows == Rows.ALL ? "no rule applies to this case" : "nothing needs attention");
            print(row);
        }
    }

    private void writeCaseRow(CaseResult c) throws IOException {
        long[] counts = new long[Outcome.values().length];
        long dueSoon = 0;
        long mostOverdue = 0;
        List<String> notMet = new ArrayList<>();
        for (RuleResult r : c.rules()) {
            for (Finding f : r.findings()) {
                counts[f.outcome().ordinal()]++;
                dueSoon += isDueSoon(f) ? 1 : 0;
                mostOverdue = Math.max(mostOverdue, f.daysOverdue() == null ? 0 : f.daysOverdue());
            }
            if (r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.ERROR) {
                notMet.add(r.rule().title());
            }
        }
        print(List.of("case", c.source().file(), c.source().record(), orEmpty(c.caseId()), orEmpty(c.childName()),
                orEmpty(c.team()), orEmpty(c.worker()), c.outcome().words(), counts[Outcome.NOT_MET.ordinal()],
                counts[Outcome.ERROR.ordinal()], counts[Outcome.CANNOT_TELL.ordinal()], dueSoon,
                counts[Outcome.MET.ordinal()], mostOverdue, String.join("; ", notMet), "", ""));
    }

    private boolean needsAttention(Finding f) {
        return switch (f.outcome()) {
            case NOT_MET, CANNOT_TELL, ERROR -> true;
            case NOT_YET_DUE -> isDueSoon(f);
            default -> false;
        };
    }

    private boolean isDueSoon(Finding f) {
        return f.outcome() == Outcome.NOT_YET_DUE && f.dueDate() != null && !f.dueDate().isAfter(dueSoonUntil);
    }

    private List<Object> blankRow() {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < (rows == Rows.CASES ? CASE_HEADERS : FINDING_HEADERS).length; i++) {
            row.add("");
        }
        return row;
    }

    /** Prints a row, every text cell made safe; numbers and dates are written as they are. */
    private void print(List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(v -> v instanceof String text ? SafeText.cell(text) : v).toArray());
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
