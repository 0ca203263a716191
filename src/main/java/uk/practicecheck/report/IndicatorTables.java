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

    /** Each indicator overall, beside what the inspectors reported. */
    static AuditTables.Table overall(IndicatorReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            String inspectors = d.figures().isEmpty() ? "no figure in the reports"
                    : d.figures().stream().map(f -> IndicatorTexts.figure(d, f)).collect(Collectors.joining("; "));
            rows.add(List.of(d.title(), IndicatorTexts.value(d, indicator.overall()), inspectors,
                    IndicatorTexts.counts(d, indicator.overall()), notJudged(indicator.overall())));
        }
        return new AuditTables.Table(title(report),
                List.of("Indicator", "You", "The inspectors reported", "Counted", "Not judged"), 5, rows);
    }

    /** Each indicator by team, for the teams with something counted. */
    static AuditTables.Table byTeam(IndicatorReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            for (Map.Entry<String, Figures> team : indicator.byTeam().entrySet()) {
                rows.add(List.of(d.title(), team.getKey(), IndicatorTexts.value(d, team.getValue()),
                        IndicatorTexts.counts(d, team.getValue()), notJudged(team.getValue())));
            }
        }
        return new AuditTables.Table("Cohort indicators by team", List.of("Indicator", "Team", "You", "Counted", "Not judged"),
                5, rows);
    }

    private static String notJudged(Figures figures) {
        String text = IndicatorTexts.notJudged(figures);
        return text.isEmpty() ? "none" : text;
    }
}
