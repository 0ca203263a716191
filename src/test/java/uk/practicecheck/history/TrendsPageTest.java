package uk.practicecheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.RecommendationCatalogue;
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
            assertTrue(page.contains("2 audits recorded; the latest as of 2026-06-01"), page);
            assertTrue(page.contains("<h2>All rules</h2>") && page.contains("<h2>Team Team A</h2>"), page);
            assertTrue(page.contains("<svg") && page.contains("<td>50.0%</td>"), page);
            assertTrue(page.contains("href=\"/trends\" aria-current=\"page\""), page);
        }
    }

    @Test
    void withoutAHistoryThePageSaysHowToOpenOne() throws Exception {
        String page = get(TrendsView.NONE);

        assertTrue(page.contains("No audit history is open"), page);
    }
}
