package uk.practicecheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.generate.CaseGenerator;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.policy.PolicyLoader;

/**
 * On the cohort the issue was found with ({@code generate --cases 20000 --seed 3}, audited as of
 * 2026-06-01): recurring duties count every occasion, and the cases needing action are led by what
 * can still be done.
 */
class OccasionsAndRankingTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static Path cases;
    private static AuditSummary summary;

    @BeforeAll
    static void audit() throws Exception {
        cases = Files.createTempFile("cohort-20000-", ".ndjson");
        try (Writer out = Files.newBufferedWriter(cases, StandardCharsets.UTF_8)) {
            new CaseGenerator(3, AS_OF).writeNdjson(20_000, out);
        }
        summary = new StreamingAuditor(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                RecommendationCatalogue.bundled(), new StreamingAuditor.Settings(AS_OF, 2, 50, 10, null))
                .audit(List.of(CaseInput.file(cases)), RecordSink.NONE);
    }

    @AfterAll
    static void removeCases() throws Exception {
        Files.deleteIfExists(cases);
    }

    @Test
    void everyOnTimeOccasionOfARecurringDutyCounts() {
        OutcomeCounts pathway = summary.byRule().get("careleavers.pathway-plan-reviewed");
        assertTrue(pathway.get(Outcome.MET) > pathway.casesJudged(), "several on-time reviews per care leaver: " + pathway.get(Outcome.MET));
        assertTrue(pathway.complianceRate() > 0.9, "rate " + pathway.complianceRate());
        assertTrue(pathway.casesAllOnTime() > 0.9 * pathway.casesJudged(), "a care leaver with every review on time counts as on time");
        OutcomeCounts supervision = summary.byRule().get("oversight.supervision-regular");
        assertTrue(supervision.judged() > 10 * summary.evaluated(), "every supervision due is an occasion: " + supervision.judged());
        assertTrue(supervision.casesJudged() > supervision.get(Outcome.NOT_MET), "cases with the next supervision not yet due are judged");
    }

    @Test
    void theFirstTwentyCasesNeedingActionEachHaveADutyOutstanding() {
        List<CaseNeedingAction> first = summary.mostPressing().subList(0, 20);
        for (CaseNeedingAction c : first) {
            assertEquals(Standing.OUTSTANDING, c.standing(), c.caseId());
            CaseNeedingAction.Item lead = c.items().get(0);
            assertEquals(Standing.OUTSTANDING, lead.standing(), c.caseId());
            assertNull(lead.doneDate(), c.caseId() + " is led by something not done");
            assertTrue(lead.dueDate() == null || lead.dueDate().isBefore(AS_OF), c.caseId());
        }
    }

    @Test
    void historicOneOffsAreListedApartForTheRecord() {
        assertTrue(summary.casesForTheRecord() > 0);
        for (CaseNeedingAction c : summary.forTheRecord()) {
            assertTrue(c.items().stream().allMatch(i -> i.standing() == Standing.FOR_THE_RECORD), c.caseId());
        }
        assertFalse(summary.mostPressing().stream().anyMatch(c -> c.standing() == Standing.FOR_THE_RECORD));
        long recent = summary.mostPressing().stream().filter(c -> c.standing() == Standing.RECENTLY_LATE).count();
        assertEquals(0, recent, "with 50 listed and thousands outstanding, recent late completions come after");
    }

    @Test
    void theWorklistHoldsOnlyDutiesDueInTheNext28DaysByTeamAndWorker() {
        assertTrue(summary.dueSoonTotal() > 0);
        assertEquals(AS_OF.plusDays(28), summary.dueSoonUntil());
        for (DueSoon d : summary.dueSoon()) {
            assertTrue(d.dueDate().isAfter(AS_OF.minusDays(1)) && !d.dueDate().isAfter(AS_OF.plusDays(28)), d.toString());
        }
        List<DueSoon> sorted = summary.dueSoon().stream().sorted(DueSoon.WORKLIST_ORDER).toList();
        assertEquals(sorted, summary.dueSoon());
        long byTeams = summary.teams().stream().mapToLong(GroupTally::dueSoon).sum();
        assertEquals(summary.dueSoonTotal(), byTeams);
    }
}
