package uk.practicecheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.AuditedRecord;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.IndicatorTexts;
import uk.practicecheck.indicator.ShownAs;
import uk.practicecheck.io.Rejection;

/**
 * The audit as an Excel workbook, streamed (SXSSF: a window of rows in memory, the rest on disk)
 * so that large audits fit: sheets Indicators and Indicators by team (the cohort indicators, first,
 * each beside the inspectors' figures), Summary, By rule, By team, By worker, Cases needing action,
 * Due soon, then Findings (the findings that need attention, written as the audit goes) and
 * Rejected. Every sheet has a frozen header row and an autofilter; dates are dates, counts are
 * numbers, rates are percentages; text is always a text cell (never a formula), made safe with
 * {@link SafeText#clean}, and text a spreadsheet would take for a formula is marked as text
 * (quote prefix) too.
 */
public final class AuditXlsxWriter implements RecordSink, AutoCloseable {
    private static final int ROWS_IN_MEMORY = 200;
    private static final Set<String> DATE_HEADERS = Set.of("Due", "Done");
    private static final Set<String> PERCENT_HEADERS = Set.of("Compliance", "Last audit");
    private static final List<String> FINDING_HEADERS = List.of("File", "Record", "Case", "Child", "Team", "Worker",
            "Rule", "Rule title", "Severity", "Outcome", "Occasion", "Due", "Done", "Days overdue", "Finding");
    private static final List<String> REJECTED_HEADERS = List.of("File", "Record", "Field", "Reason");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final OutputStream out;
    private final LocalDate dueSoonUntil;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle wholeNumber;
    private final CellStyle changeInPoints;
    private final CellStyle changeInWhole;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final Sheet indicators;
    private final Sheet indicatorsByTeam;
    private final Sheet[] summarySheets;
    private final Sheet findings;
    private final Sheet rejected;
    private int findingRows = 1;
    private int rejectedRows = 1;

    /**
     * @param dueSoonUntil the last day of the due-soon window: findings not yet due by then are left out
     */
    public AuditXlsxWriter(OutputStream out, LocalDate dueSoonUntil) {
        this.out = out;
        this.dueSoonUntil = dueSoonUntil;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        wholeNumber = workbook.createCellStyle();
        wholeNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        changeInPoints = workbook.createCellStyle();
        changeInPoints.setDataFormat(workbook.createDataFormat().getFormat("+0.0;-0.0;0.0"));
        changeInWhole = workbook.createCellStyle();
        changeInWhole.setDataFormat(workbook.createDataFormat().getFormat("+#,##0;-#,##0;0"));
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        indicators = workbook.createSheet("Indicators");
        indicatorsByTeam = workbook.createSheet("Indicators by team");
        summarySheets = new Sheet[] {workbook.createSheet("Summary"), workbook.createSheet("By rule"),
            workbook.createSheet("By team"), workbook.createSheet("By worker"), workbook.createSheet("Cases needing action"),
            workbook.createSheet("Due soon")};
        findings = workbook.createSheet("Findings");
        headerRow(findings, FINDING_HEADERS);
        rejected = workbook.createSheet("Rejected");
        headerRow(rejected, REJECTED_HEADERS);
    }

    /** Adds each finding that needs attention (not met, cannot tell, rule error, due soon) and each rejection. */
    @Override
    public void accept(List<AuditedRecord> batch) {
        for (AuditedRecord record : batch) {
            if (record instanceof AuditedRecord.Evaluated evaluated) {
                addFindings(evaluated.result());
            } else {
                Rejection r = ((AuditedRecord.Rejected) record).rejection();
                Row row = rejected.createRow(rejectedRows++);
                textCell(row, 0, r.source().file());
                row.createCell(1).setCellValue(r.source().record());
                textCell(row, 2, r.field());
                textCell(row, 3, r.reason());
            }
        }
    }

    private void addFindings(CaseResult c) {
        for (RuleResult r : c.rules()) {
            for (Finding f : r.findings()) {
                if (!needsAttention(f)) {
                    continue;
                }
                Row row = findings.createRow(findingRows++);
                textCell(row, 0, c.source().file());
                row.createCell(1).setCellValue(c.source().record());
                textCell(row, 2, c.caseId());
                textCell(row, 3, c.childName());
                textCell(row, 4, c.team());
                textCell(row, 5, c.worker());
                textCell(row, 6, r.rule().id());
                textCell(row, 7, r.rule().title());
                textCell(row, 8, AuditTables.severity(r.rule().severity()));
                textCell(row, 9, f.outcome().words());
                textCell(row, 10, f.subject());
                dateCell(row, 11, f.dueDate());
                dateCell(row, 12, f.doneDate());
                if (f.daysOverdue() != null) {
                    row.createCell(13).setCellValue(f.daysOverdue());
                }
                textCell(row, 14, f.message());
            }
        }
    }

    private boolean needsAttention(Finding f) {
        return switch (f.outcome()) {
            case NOT_MET, CANNOT_TELL, ERROR -> true;
            case NOT_YET_DUE -> f.dueDate() != null && !f.dueDate().isAfter(dueSoonUntil);
            default -> false;
        };
    }

    /**
     * Writes the summary sheets from the finished audit, then the whole workbook.
     *
     * @param last the previous recorded audit of the same population, whose rates are shown beside these; or null
     */
    public void finish(AuditSummary s, LastAudit last) throws IOException {
        indicators(s.indicators(), last);
        indicatorsByTeam(s.indicators(), last);
        summary(summarySheets[0], s, last);
        table(summarySheets[1], AuditTables.byRule(s, last));
        table(summarySheets[2], AuditTables.byTeam(s, last));
        table(summarySheets[3], AuditTables.byWorker(s));
        table(summarySheets[4], AuditTables.casesNeedingAction(s));
        table(summarySheets[5], AuditTables.dueSoon(s));
        finishSheet(findings, FINDING_HEADERS.size(), findingRows);
        finishSheet(rejected, REJECTED_HEADERS.size(), rejectedRows);
        workbook.write(out);
        out.flush();
    }

    /**
     * Each indicator overall: its value as a number in its unit (a percentage, average days or a count;
     * "none judged" or "not held" when there is none), with a last audit its value then and the change,
     * the counts it is worked out from, and the inspectors' figures beside it.
     */
    private void indicators(IndicatorReport report, LastAudit last) {
        List<String> headers = new ArrayList<>(List.of("Indicator"));
        headers.addAll(figureHeaders(last));
        headers.addAll(List.of("The inspectors reported", "Id"));
        headerRow(indicators, headers);
        int r = 1;
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            Row row = indicators.createRow(r++);
            textCell(row, 0, d.title());
            int column = figures(row, 1, d, null, indicator.overall(), last);
            textCell(row, column, d.figures().isEmpty() ? "no figure in the reports"
                    : d.figures().stream().map(f -> IndicatorTexts.figure(d, f)).collect(Collectors.joining("; ")));
            textCell(row, column + 1, d.id());
            indicators.setColumnWidth(column, 80 * 256);
        }
        int notes = r + 1;
        textCell(indicators.createRow(notes), 0, IndicatorTables.title(report) + ".");
        textCell(indicators.createRow(notes + 1), 0, IndicatorTables.NOTE);
        if (last != null) {
            textCell(indicators.createRow(notes + 2), 0, last.heading());
        }
        indicators.setColumnWidth(0, 60 * 256);
        finishSheet(indicators, headers.size(), r);
    }

    /** Each indicator for each team with something counted or not judged. */
    private void indicatorsByTeam(IndicatorReport report, LastAudit last) {
        List<String> headers = new ArrayList<>(List.of("Indicator", "Team"));
        headers.addAll(figureHeaders(last));
        headerRow(indicatorsByTeam, headers);
        int r = 1;
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            for (Map.Entry<String, Figures> team : indicator.byTeam().entrySet()) {
                Row row = indicatorsByTeam.createRow(r++);
                textCell(row, 0, d.title());
                textCell(row, 1, team.getKey());
                figures(row, 2, d, team.getKey(), team.getValue(), last);
            }
        }
        indicatorsByTeam.setColumnWidth(0, 60 * 256);
        finishSheet(indicatorsByTeam, headers.size(), r);
    }

    private static List<String> figureHeaders(LastAudit last) {
        List<String> headers = new ArrayList<>(List.of("You"));
        if (last != null) {
            headers.addAll(List.of("Last audit", "Change"));
        }
        headers.addAll(List.of("Shown as", "Numerator", "Denominator", "Counted", "Cases not judged",
                "Of which not held by the source"));
        return headers;
    }

    /**
     * Value, (last audit's value, change,) unit, numerator, denominator, counted, cases not judged, of
     * which not held, from {@code column}; returns the next column.
     */
    private int figures(Row row, int column, IndicatorDefinition d, String team, Figures figures, LastAudit last) {
        int c = column;
        indicatorValue(row, c++, d, figures);
        if (last != null) {
            Figures before = last.indicatorFigures(d.id(), team);
            if (before == null) {
                textCell(row, c, "-");
            } else {
                indicatorValue(row, c, d, before);
            }
            Double change = last.indicatorChangeValue(d, team, figures);
            if (change != null) {
                Cell cell = row.createCell(c + 1);
                cell.setCellValue(change);
                cell.setCellStyle(d.shownAs() == ShownAs.PERCENTAGE ? changeInPoints : changeInWhole);
            }
            c += 2;
        }
        textCell(row, c++, IndicatorCsvWriter.shownAs(d.shownAs()));
        row.createCell(c++).setCellValue(figures.numerator());
        row.createCell(c++).setCellValue(figures.denominator());
        textCell(row, c++, d.counts());
        row.createCell(c++).setCellValue(figures.casesNotJudged());
        row.createCell(c++).setCellValue(figures.casesNotHeld());
        return c;
    }

    /** The value as a percentage or number cell, or in words ("none judged", "not held") when there is none. */
    private void indicatorValue(Row row, int column, IndicatorDefinition d, Figures figures) {
        Double value = figures.value(d.shownAs());
        if (value == null) {
            textCell(row, column, IndicatorTexts.value(d, figures));
        } else {
            Cell cell = row.createCell(column);
            cell.setCellValue(d.shownAs() == ShownAs.PERCENTAGE ? value / 100 : value);
            cell.setCellStyle(d.shownAs() == ShownAs.PERCENTAGE ? percent : wholeNumber);
        }
    }

    private void summary(Sheet sheet, AuditSummary s, LastAudit last) {
        headerRow(sheet, List.of("Figure", "Value"));
        List<Map.Entry<String, Long>> figures = List.of(
                Map.entry("Records read", s.recordsRead()), Map.entry("Evaluated", s.evaluated()),
                Map.entry("Rejected", s.rejected()), Map.entry("Cases needing action", s.casesNeedingAction()),
                Map.entry("Cases with only historic shortfalls (for the record)", s.casesForTheRecord()),
                Map.entry("Duties due soon", s.dueSoonTotal()), Map.entry("Cases with input warnings", s.casesWithWarnings()),
                Map.entry("Occasions met", s.outcomes().get(Outcome.MET)),
                Map.entry("Occasions not met", s.outcomes().get(Outcome.NOT_MET)),
                Map.entry("Occasions the record cannot tell", s.outcomes().get(Outcome.CANNOT_TELL)),
                Map.entry("Rule errors", s.outcomes().get(Outcome.ERROR)));
        int r = 1;
        Row asOf = sheet.createRow(r++);
        textCell(asOf, 0, "As of");
        dateCell(asOf, 1, s.asOf());
        Row policy = sheet.createRow(r++);
        textCell(policy, 0, "Policy");
        textCell(policy, 1, s.policyName());
        for (Map.Entry<String, Long> figure : figures) {
            Row row = sheet.createRow(r++);
            textCell(row, 0, figure.getKey());
            row.createCell(1).setCellValue(figure.getValue());
        }
        Row compliance = sheet.createRow(r++);
        textCell(compliance, 0, "Compliance (occasions met out of judged)");
        if (s.outcomes().complianceRate() != null) {
            Cell cell = compliance.createCell(1);
            cell.setCellValue(s.outcomes().complianceRate());
            cell.setCellStyle(percent);
        }
        if (last != null) {
            Row then = sheet.createRow(r++);
            textCell(then, 0, String.format(Locale.UK, "Compliance at the last audit (run %d in the history, as of %s)",
                    last.run(), last.asOf()));
            if (last.overall() != null) {
                Cell cell = then.createCell(1);
                cell.setCellValue(last.overall());
                cell.setCellStyle(percent);
            }
            Row change = sheet.createRow(r++);
            textCell(change, 0, "Change since the last audit (percentage points)");
            Double points = LastAudit.pointsValue(s.outcomes().complianceRate(), last.overall());
            if (points != null) {
                Cell cell = change.createCell(1);
                cell.setCellValue(points);
                cell.setCellStyle(changeInPoints);
            }
            for (String caution : last.cautions()) {
                textCell(sheet.createRow(r++), 0, "Caution: " + caution);
            }
        }
        r++;
        for (String note : AuditTables.COUNTING_NOTES) {
            textCell(sheet.createRow(r++), 0, note);
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        finishSheet(sheet, 2, r);
    }

    /** A table from {@link AuditTables}: counts back to numbers, rates to percentages, due and done dates to dates. */
    private void table(Sheet sheet, AuditTables.Table table) {
        headerRow(sheet, table.headers());
        int r = 1;
        for (List<String> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < cells.size(); i++) {
                String header = table.headers().get(i);
                String value = cells.get(i);
                if (value.isEmpty() || "-".equals(value) && i >= table.numericFrom()) {
                    continue;
                }
                if (DATE_HEADERS.contains(header)) {
                    dateCell(row, i, LocalDate.parse(value));
                } else if ("Change".equals(header)) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(Double.parseDouble(value.replace(" points", "")));
                    cell.setCellStyle(changeInPoints);
                } else if (PERCENT_HEADERS.contains(header)) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(Double.parseDouble(value.replace("%", "")) / 100);
                    cell.setCellStyle(percent);
                } else if (i >= table.numericFrom() || "#".equals(header) || "Days overdue".equals(header)) {
                    row.createCell(i).setCellValue(Long.parseLong(value.replace(",", "")));
                } else {
                    textCell(row, i, value);
                }
            }
        }
        finishSheet(sheet, table.headers().size(), r);
    }

    private void headerRow(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
        }
    }

    private static void finishSheet(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    /** A text cell, never a formula; its control characters replaced, and marked as text if it looks like a formula. */
    private void textCell(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeText.clean(value));
        cell.setCellStyle(SafeText.startsLikeFormula(value) ? quotedText : text);
    }

    private void dateCell(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    /** Deletes the workbook's temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
