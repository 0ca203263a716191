package uk.practicecheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.cli.PracticeCheck;
import uk.practicecheck.policy.PolicyLoader;
import uk.practicecheck.web.ReportService;
import uk.practicecheck.web.TrendsView;
import uk.practicecheck.web.WebServer;

/** The web page's trends view, with and without a history. */
class TrendsPageTest {
    @TempDir
    Path folder;

    private static String get(TrendsView trends) throws Exception {
        ReportService service = new ReportService(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                RecommendationCatalogue.bundled());
        try (WebServer server = WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, 1024 * 1024),
                Clock.systemUTC(), "test", trends)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/trends")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        }
    }

    @Test
    void thePageShowsComplianceOverRecordedAuditsForTheCohortAndEachTeam() throws Exception {
        try (History history = History.openForRecording(
                HistoryLocation.resolve(folder.resolve("history.db").toString(), Map.of()))) {
            HistoryContract.twoRuns(history, HistoryContract.facts(LocalDate.of(2026, 6, 1), HistoryContract.RULE_BOOK,
                    HistoryContract.POLICY, null));

            String page = get(() -> TrendsPage.sections(history));

            assertTrue(page.contains("<h1>Trends over recorded audits</h1>"), page);
            assertTrue(page.contains("2 audits of &quot;all cases&quot; recorded; the latest as of 2026-06-01"), page);
            // r.visits and r.plans: 1 of 4 then 1 of 3 met, 2 of 2 then 1 of 2; over all: 3 of 6 then 2 of 5.
            assertTrue(page.contains("<strong>All rules</strong>: 40.0% (since the last audit: -10.0 points)"), page);
            assertTrue(page.contains("<strong>Team A</strong>: 40.0% (since the last audit: -10.0 points)"), page);
            assertTrue(page.contains("<strong>r.plans</strong>: 50.0% (since the last audit: -50.0 points)"), page);
            assertTrue(page.contains("<strong>r.visits</strong>: 33.3% (since the last audit: +8.3 points)"), page);
            assertTrue(page.contains("<svg") && page.contains("<td>50.0%</td>"), page);
            assertFalse(page.contains("Cohort indicators"), "runs recorded without indicators have no indicator section");
            assertFalse(page.substring(page.indexOf("<main")).contains("<script"), "the charts are drawn on the server");
            assertTrue(page.contains("href=\"/trends\" aria-current=\"page\""), page);
        }
    }

    @Test
    void thePageChartsEachIndicatorOfRecordedAudits() throws Exception {
        Path db = folder.resolve("audits.db");
        for (String asOf : List.of("2026-06-01", "2026-07-01")) {
            PracticeCheck.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "audit",
                    "src/test/resources/audit/cohort.ndjson", "--as-of", asOf, "--format", "json", "--out",
                    folder.resolve(asOf + ".json").toString(), "--history=" + db);
        }
        try (History history = History.openExisting(HistoryLocation.resolve(db.toString(), Map.of()))) {
            String page = get(() -> TrendsPage.sections(history));

            assertTrue(page.indexOf("<h2>Cohort indicators</h2>") < page.indexOf("<h2>Compliance</h2>"), page);
            assertTrue(page.matches("(?s).*<details class=\"trend\" open><summary><strong>Looked-after reviews held in "
                    + "timescale</strong>: [0-9.]+% \\(since the last audit: [-+]?[0-9.]+ points\\)</summary>.*"), page);
            assertTrue(page.contains("<summary><strong>lookedafter.reviews-on-time</strong>: "), page);
            assertTrue(page.contains("<h2>By rule</h2>") && page.contains("<h2>By team</h2>"), page);
        }
    }

    @Test
    void withoutAHistoryThePageSaysHowToOpenOne() throws Exception {
        String page = get(TrendsView.NONE);

        assertTrue(page.contains("No audit history is open"), page);
    }
}
