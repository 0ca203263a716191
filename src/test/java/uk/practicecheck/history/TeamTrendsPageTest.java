package uk.practicecheck.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trends a team manager may read: their own teams', without the all-teams section. */
class TeamTrendsPageTest {
    @TempDir
    Path folder;

    @Test
    void onlyTheTeamsShownAndNeverTheWholeAuthority() throws Exception {
        try (History history = History.openForRecording(
                HistoryLocation.resolve(folder.resolve("history.db").toString(), Map.of()))) {
            HistoryContract.twoRuns(history, HistoryContract.facts(LocalDate.of(2026, 6, 1), HistoryContract.RULE_BOOK,
                    HistoryContract.POLICY, null));

            String own = TrendsPage.teamSections(history, "Team A"::equals);
            assertTrue(own.contains("<strong>Team: Team A</strong>: 40.0% (since the last audit: -10.0 points)"), own);
            assertFalse(own.contains("All rules") || own.contains("By rule") || own.contains("r.visits"), own);

            String other = TrendsPage.teamSections(history, "Team B"::equals);
            assertFalse(other.contains("<details"), other);
            assertTrue(TrendsPage.sections(history).contains("<strong>All rules</strong>"));
        }
    }
}
