package uk.practicecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.IndicatorTally;
import uk.practicecheck.indicator.Period;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Referral;

/** The indicator sections say the same in every format, and a team name from the record cannot forge a line. */
class IndicatorSectionsTest {
    private static final Period YEAR = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

    private static IndicatorReport reportWithTeam(String team) {
        CaseSummary c = new CaseSummary();
        c.setTeam(team);
        for (String day : List.of("2025-05-01", "2025-06-01")) {
            Referral r = new Referral();
            r.setReceived(LocalDate.parse(day));
            r.setSocialWorkerNeeded(false);
            c.getReferrals().add(r);
        }
        IndicatorTally tally = IndicatorCatalogue.bundled().tally(YEAR);
        tally.add(c, new CaseResult(new RecordSource("test", 1), "C1", null, team, null, List.of(), List.of()));
        return tally.report();
    }

    @Test
    void aTeamNameCannotStartALineOfItsOwnInTheTextReport() {
        StringWriter text = new StringWriter();
        IndicatorTextSection.write(reportWithTeam("Team A\nForged: you: 100%"), new PrintWriter(text, true));
        assertFalse(text.toString().lines().anyMatch(line -> line.startsWith("Forged")), text.toString());
        // Two referrals a month apart: the second is a re-referral, 1 of 2.
        assertTrue(text.toString().contains("      team Team A Forged: you: 100%: 50%, 1 of 2 referrals"), text.toString());
    }

    @Test
    void theTablesGiveEachIndicatorBesideTheInspectorsFiguresAndByTeam() {
        IndicatorReport report = reportWithTeam("Team A");
        AuditTables.Table overall = IndicatorTables.overall(report);
        assertEquals("Cohort indicators, 2025-04-01 to 2026-03-31", overall.title());
        assertEquals(IndicatorCatalogue.bundled().definitions().size(), overall.rows().size());
        List<String> reviews = overall.rows().get(0);
        assertEquals(List.of("Looked-after reviews held in timescale", "none judged"), reviews.subList(0, 2));
        assertTrue(reviews.get(2).startsWith("Stockton-on-Tees 2016 inspection (at the inspection, May to June 2016): 93.4%; "),
                reviews.get(2));
        assertEquals(List.of(List.of("Re-referrals within 12 months", "Team A", "50%", "1 of 2 referrals", "none")),
                IndicatorTables.byTeam(report).rows());
    }
}
