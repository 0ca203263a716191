package uk.practicecheck.report;

import java.io.PrintWriter;
import java.util.Map;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.IndicatorTexts;

/** The cohort indicators at the head of the text audit report: each beside the inspectors' figures, then by team. */
final class IndicatorTextSection {
    private IndicatorTextSection() {
    }

    static void write(IndicatorReport report, LastAudit last, PrintWriter out) {
        out.printf("Cohort indicators, %s (occasions counted in the period they fall due):%n", report.period().text());
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            out.println();
            out.println("  " + d.title());
            out.println("    " + IndicatorTexts.beside(d, indicator.overall()));
            out.println("    " + line(d, indicator.overall()));
            if (last != null) {
                out.println("    last audit: " + last.indicatorBefore(d, null) + ", change "
                        + last.indicatorChange(d, null, indicator.overall()));
            }
            for (Map.Entry<String, Figures> team : indicator.byTeam().entrySet()) {
                // A team name comes from the case record: control characters must not break the line.
                out.println("      team " + SafeText.clean(team.getKey()) + ": " + IndicatorTexts.value(d, team.getValue())
                        + ", " + line(d, team.getValue()) + (last == null ? "" : "; last audit "
                        + last.indicatorBefore(d, team.getKey()) + ", change "
                        + last.indicatorChange(d, team.getKey(), team.getValue())));
            }
        }
    }

    private static String line(IndicatorDefinition d, Figures figures) {
        String notJudged = IndicatorTexts.notJudged(figures);
        return IndicatorTexts.counts(d, figures) + (notJudged.isEmpty() ? "" : "; " + notJudged);
    }
}
