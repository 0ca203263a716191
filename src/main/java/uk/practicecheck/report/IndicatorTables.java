package uk.practicecheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.IndicatorTexts;

/** The cohort indicators as tables, for the writers that lay out {@link AuditTables.Table}s (Markdown, HTML). */
final class IndicatorTables {
    static final String NOTE = "Occasions are counted in the period they fall due. \"Not judged\" counts the cases "
            + "the data did not let us judge; they are in neither the numerator nor the denominator. "
            + "Definitions and sources: docs/indicators.md.";

    private IndicatorTables() {
    }

    /** "Cohort indicators, 2025-04-01 to 2026-03-31". */
    static String title(IndicatorReport report) {
        return "Cohort indicators, " + report.period().text();
    }

    /**
     * Each indicator overall, beside what the inspectors reported; with a last audit, its value then
     * and the change ("+5.0 points", "-12 days") beside "You".
     */
    static AuditTables.Table overall(IndicatorReport report, LastAudit last) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            String inspectors = d.figures().isEmpty() ? "no figure in the reports"
                    : d.figures().stream().map(f -> IndicatorTexts.figure(d, f)).collect(Collectors.joining("; "));
            List<String> row = new ArrayList<>(List.of(d.title(), IndicatorTexts.value(d, indicator.overall())));
            row.addAll(sinceLast(last, d, null, indicator.overall()));
            row.addAll(List.of(inspectors, IndicatorTexts.counts(d, indicator.overall()), notJudged(indicator.overall())));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("Indicator", "You"));
        headers.addAll(last == null ? List.of() : AuditTables.SINCE_LAST_HEADERS);
        headers.addAll(List.of("The inspectors reported", "Counted", "Not judged"));
        return new AuditTables.Table(title(report), headers, headers.size(), rows);
    }

    /** Each indicator by team, for the teams with something counted; with a last audit, the change beside it. */
    static AuditTables.Table byTeam(IndicatorReport report, LastAudit last) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            for (Map.Entry<String, Figures> team : indicator.byTeam().entrySet()) {
                List<String> row = new ArrayList<>(List.of(d.title(), SafeText.clean(team.getKey()),
                        IndicatorTexts.value(d, team.getValue())));
                row.addAll(sinceLast(last, d, team.getKey(), team.getValue()));
                row.addAll(List.of(IndicatorTexts.counts(d, team.getValue()), notJudged(team.getValue())));
                rows.add(row);
            }
        }
        List<String> headers = new ArrayList<>(List.of("Indicator", "Team", "You"));
        headers.addAll(last == null ? List.of() : AuditTables.SINCE_LAST_HEADERS);
        headers.addAll(List.of("Counted", "Not judged"));
        return new AuditTables.Table("Cohort indicators by team", headers, headers.size(), rows);
    }

    /** The value at the last audit and the change, or nothing without a last audit. */
    private static List<String> sinceLast(LastAudit last, IndicatorDefinition d, String team, Figures now) {
        return last == null ? List.of() : List.of(last.indicatorBefore(d, team), last.indicatorChange(d, team, now));
    }

    private static String notJudged(Figures figures) {
        String text = IndicatorTexts.notJudged(figures);
        return text.isEmpty() ? "none" : text;
    }
}
