package uk.practicecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorDefinition;
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
        IndicatorTextSection.write(reportWithTeam("Team A\nForged: you: 100%"), null, new PrintWriter(text, true));
        assertFalse(text.toString().lines().anyMatch(line -> line.startsWith("Forged")), text.toString());
        // Two referrals a month apart: the second is a re-referral, 1 of 2.
        assertTrue(text.toString().contains("      team Team A Forged: you: 100%: 50%, 1 of 2 referrals"), text.toString());
    }

    @Test
    void theTablesGiveEachIndicatorBesideTheInspectorsFiguresAndByTeam() {
        IndicatorReport report = reportWithTeam("Team A");
        AuditTables.Table overall = IndicatorTables.overall(report, null);
        assertEquals("Cohort indicators, 2025-04-01 to 2026-03-31", overall.title());
        assertEquals(IndicatorCatalogue.bundled().definitions().size(), overall.rows().size());
        List<String> reviews = overall.rows().get(0);
        assertEquals(List.of("Looked-after reviews held in timescale", "none judged"), reviews.subList(0, 2));
        assertTrue(reviews.get(2).startsWith("Stockton-on-Tees 2016 inspection (at the inspection, May to June 2016): 93.4%; "),
                reviews.get(2));
        assertEquals(List.of(List.of("Re-referrals within 12 months", "Team A", "50%", "1 of 2 referrals", "none")),
                IndicatorTables.byTeam(report, null).rows());
    }

    @Test
    void withALastAuditEachIndicatorShowsItsValueThenAndTheChangeInItsUnit() {
        IndicatorReport report = reportWithTeam("Team A");
        LastAudit last = new LastAudit(3, LocalDate.of(2026, 2, 28), List.of(), 0.5, Map.of(), Map.of(), Map.of(),
                Map.of("re-referrals", new Figures(1, 4, 0, 0), "adoption-a1", new Figures(1000, 2, 0, 0)),
                Map.of("re-referrals", Map.of("Team A", new Figures(0, 1, 0, 0))));

        AuditTables.Table overall = IndicatorTables.overall(report, last);
        assertEquals(List.of("Indicator", "You", "Last audit", "Change", "The inspectors reported", "Counted", "Not judged"),
                overall.headers());
        // Now 1 of 2 = 50%; then 1 of 4 = 25%: up 25 points.
        assertEquals(List.of("Re-referrals within 12 months", "50%", "25%", "+25.0 points"),
                row(overall, "Re-referrals within 12 months").subList(0, 4));
        // A1 had 500 days then and nothing judged now: no change can be given.
        assertEquals(List.of("none judged", "500 days", "-"), row(overall, "Adoption scorecard A1").subList(1, 4));
        // Not recorded at the last audit at all.
        assertEquals(List.of("none judged", "-", "-"), row(overall, "Looked-after reviews").subList(1, 4));
        assertEquals(List.of(List.of("Re-referrals within 12 months", "Team A", "50%", "0%", "+50.0 points", "1 of 2 referrals",
                "none")), IndicatorTables.byTeam(report, last).rows());
    }

    @Test
    void changesAreSignedInTheIndicatorsUnit() {
        IndicatorDefinition a1 = IndicatorCatalogue.bundled().definitions().stream().filter(d -> d.id().equals("adoption-a1"))
                .findFirst().orElseThrow();
        IndicatorDefinition waiting = IndicatorCatalogue.bundled().definitions().stream()
                .filter(d -> d.id().equals("awaiting-allocation")).findFirst().orElseThrow();
        LastAudit last = new LastAudit(1, LocalDate.of(2026, 1, 31), List.of(), null, Map.of(), Map.of(), Map.of(),
                Map.of("adoption-a1", new Figures(1000, 2, 0, 0), "awaiting-allocation", new Figures(80, 90, 0, 0)),
                Map.of());
        // 960 / 2 = 480 days now against 1000 / 2 = 500: 20 days fewer; 1002 / 2 = 501: one day more.
        assertEquals("-20 days", last.indicatorChange(a1, null, new Figures(960, 2, 0, 0)));
        assertEquals("0 days", last.indicatorChange(a1, null, new Figures(1000, 2, 0, 0)));
        assertEquals("+1 day", last.indicatorChange(a1, null, new Figures(1002, 2, 0, 0)));
        assertEquals("-17", last.indicatorChange(waiting, null, new Figures(63, 70, 0, 0)));
        assertEquals("-5.0 points", LastAudit.points(0.2, 0.25));
        assertEquals("0.0 points", LastAudit.points(0.25, 0.25));
        assertEquals("-", LastAudit.points(null, 0.25));
        assertEquals(-5.0, LastAudit.pointsValue(0.2, 0.25));
    }

    private static List<String> row(AuditTables.Table table, String titleStart) {
        return table.rows().stream().filter(r -> r.get(0).startsWith(titleStart)).findFirst().orElseThrow();
    }
}
