package uk.practicecheck.web;

import java.util.function.Predicate;

/**
 * The trends view of the page when {@code serve --history DB} is used: the HTML of its sections,
 * made afresh for each request from the history (which the web package never reads itself).
 */
@FunctionalInterface
public interface TrendsView {
    /** Shown when the server was started without a history. */
    TrendsView NONE = () -> "<p>No audit history is open. Start the server with <code>serve --history DB</code> "
            + "to see compliance and indicators over the audits recorded with <code>audit --history</code>.</p>\n";

    String sectionsHtml() throws Exception;

    /**
     * The sections for someone who sees only the teams {@code teamShown} accepts (a team manager).
     * A view that cannot tell teams apart shows them nothing rather than every team.
     */
    default String teamSectionsHtml(Predicate<String> teamShown) throws Exception {
        return "<p>Trends by team are not available here.</p>\n";
    }
}
