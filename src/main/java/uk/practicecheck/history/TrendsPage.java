package uk.practicecheck.history;

import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.text.StringEscapeUtils;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.report.LastAudit;

/**
 * The trends view of the web page ({@code serve --history DB}), over the recorded audits of the
 * latest run's population: each cohort indicator, compliance over all rules, each team and each rule,
 * every one as a chart (inline SVG, drawn here; the page runs no script for it) with its table, and
 * its latest value beside the one at the audit before ("since the last audit"). Indicators and the
 * overall rate are open; teams and rules are folded, their latest values and changes in the summary.
 */
public final class TrendsPage {
    private TrendsPage() {
    }

    /** The view's HTML sections, read from {@code history} now. */
    public static String sections(History history) throws HistoryException {
        return sections(history, team -> true, true);
    }

    /**
     * The sections someone who sees only some teams may read (a team manager, with sign-in): their
     * teams' compliance, open; never the whole authority's indicators, overall rate or rules.
     */
    public static String teamSections(History history, Predicate<String> teamShown) throws HistoryException {
        return sections(history, teamShown, false);
    }

    private static String sections(History history, Predicate<String> teamShown, boolean allTeams)
            throws HistoryException {
        List<RecordedRun> runs = history.runs();
        if (runs.isEmpty()) {
            return "<p>No audit has been recorded in this history yet: record one with "
                    + "<code>audit … --history</code>.</p>\n";
        }
        RecordedRun latest = runs.get(runs.size() - 1);
        String population = latest.population();
        long audits = runs.stream().filter(r -> r.population().equals(population)).count();
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(audits).append(audits == 1 ? " audit" : " audits").append(" of &quot;")
                .append(escape(population)).append("&quot; recorded; the latest as of ").append(latest.asOf())
                .append(allTeams ? ". Compliance is met out of judged (met, not met, rule error); each indicator is in its own unit. "
                        : ". Compliance is met out of judged (met, not met, rule error). ")
                .append("Beside each, its latest value and the change since the audit before it.</p>\n");
        if (!allTeams) {
            for (String team : history.teams(latest.id()).stream().filter(teamShown).toList()) {
                section(html, "Team: " + team, history.trend(TrendMetric.team(team), population), true);
            }
            return html.toString();
        }
        StringBuilder indicators = new StringBuilder();
        for (IndicatorDefinition d : IndicatorCatalogue.bundled().definitions()) {
            Trend trend = history.trend(TrendMetric.indicator(d.id()), population);
            if (trend.points().stream().anyMatch(p -> p.value() != null || !p.basis().isEmpty())) {
                section(indicators, d.title(), trend, true);
            }
        }
        if (!indicators.isEmpty()) {
            html.append("<h2>Cohort indicators</h2>\n").append(indicators);
        }
        html.append("<h2>Compliance</h2>\n");
        section(html, "All rules", history.trend(TrendMetric.allRules(), population), true);
        html.append("<h2>By team</h2>\n");
        for (String team : history.teams(latest.id())) {
            section(html, team, history.trend(TrendMetric.team(team), population), false);
        }
        html.append("<h2>By rule</h2>\n");
        for (String rule : history.counts("rule_result", "rule_id", latest.id()).keySet()) {
            section(html, rule, history.trend(TrendMetric.rule(rule), population), false);
        }
        return html.toString();
    }

    /** One metric, folded under a summary line giving its latest value and the change since the audit before. */
    private static void section(StringBuilder html, String title, Trend trend, boolean open) {
        html.append("<details class=\"trend\"").append(open ? " open" : "").append("><summary><strong>")
                .append(escape(title)).append("</strong>: ").append(escape(latest(trend))).append("</summary>\n")
                .append(TrendWriter.section(trend)).append("\n</details>\n");
    }

    /** "81.0% (since the last audit: +3.2 points)", "603 days (since the last audit: -20 days)", or the value alone. */
    static String latest(Trend trend) {
        List<TrendPoint> points = trend.points();
        if (points.isEmpty()) {
            return "not in the recorded audits";
        }
        TrendPoint now = points.get(points.size() - 1);
        if (points.size() == 1) {
            return now.shown() + " (the first audit recorded)";
        }
        TrendPoint before = points.get(points.size() - 2);
        if (now.value() == null || before.value() == null) {
            return now.shown() + " (the audit before: " + before.shown() + ")";
        }
        double change = now.value() - before.value();
        String changed = switch (trend.unit()) {
            case PERCENT -> LastAudit.signed(change, 1) + " points";
            case DAYS -> LastAudit.signed(change, 0) + (Math.abs(Math.round(change)) == 1 ? " day" : " days");
            case NUMBER -> LastAudit.signed(change, 0);
        };
        String caution = TrendWriter.notes(now);
        return now.shown() + " (since the last audit: " + changed + (caution.isEmpty() ? "" : "; " + caution) + ")";
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
