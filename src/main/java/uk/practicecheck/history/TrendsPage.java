package uk.practicecheck.history;

import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The trends view of the web page ({@code serve --history DB}): compliance over the recorded audits
 * of the latest run's population, over all rules and for each of its teams.
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
     * teams' trends, without the all-teams one.
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
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(runs.size()).append(runs.size() == 1 ? " audit" : " audits")
                .append(" recorded; the latest as of ").append(latest.asOf()).append(". Compliance is met out of ")
                .append("judged (met, not met, rule error).</p>\n");
        if (allTeams) {
            section(html, "All rules", history.trend(TrendMetric.allRules(), latest.population()));
        }
        for (String team : history.teams(latest.id()).stream().filter(teamShown).toList()) {
            section(html, "Team " + team, history.trend(TrendMetric.team(team), latest.population()));
        }
        return html.toString();
    }

    private static void section(StringBuilder html, String title, Trend trend) {
        html.append("<section>\n<h2>").append(StringEscapeUtils.escapeHtml4(title)).append("</h2>\n")
                .append(TrendWriter.section(trend)).append("\n</section>\n");
    }
}
