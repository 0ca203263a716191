package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.policy.PolicyLoader;

/**
 * Annex A gives only the latest visit, review, review conference and pathway plan review: nothing
 * later exists, so each child's case holds that collection from that day ({@code heldFrom}), and
 * the rules judge what falls due after it, day by day, while what fell due before it cannot be told.
 */
class AnnexALatestDatesTest {
    private static CaseEvaluator evaluator;

    @TempDir
    Path dir;

    @BeforeAll
    static void rules() throws Exception {
        evaluator = new CaseEvaluator(TestRuleBooks.projectRules(), PolicyLoader.defaults());
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    private Map<String, CaseSummary> read(Map<AnnexAList, List<Map<String, Object>>> lists) throws Exception {
        Path file = AnnexAOfficialTemplateTest.officialShape(AnnexATemplate.V2024, lists, h -> h, false)
                .write(dir.resolve("latest.xlsx"));
        return AnnexAWorkbookTest.cases(AnnexAWorkbook.read(file));
    }

    @Test
    void eachLatestDateMakesItsCollectionHeldFromThatDay() throws Exception {
        Map<String, CaseSummary> cases = read(AnnexAOfficialTemplateTest.sixChildren());
        LocalDate referralsFrom = LocalDate.of(2025, 10, 1);
        cases.values().forEach(c -> assertEquals(referralsFrom, c.getHeldFrom().remove("referrals"), c.getCaseId()));
        cases.values().forEach(c -> c.getHeldFrom().remove("assessments"));

        CaseSummary lookedAfter = cases.get("C4");
        assertEquals(Map.of("visits", LocalDate.of(2026, 3, 2), "reviews", LocalDate.of(2026, 1, 5),
                "placements", LocalDate.of(2025, 6, 2)), lookedAfter.getHeldFrom());
        assertTrue(lookedAfter.holds("visits.date") && lookedAfter.holds("reviews.date") && lookedAfter.holds("placements.type"));
        assertTrue(lookedAfter.holds("placements.longTermFrom"), "the placement code says whether it is long-term");
        assertFalse(lookedAfter.holds("visits.seenAlone"), "List 8 does not say whether the child was seen alone");
        assertFalse(lookedAfter.holds("reviews.permanencePlan"), "nor what the review decided");
        assertFalse(lookedAfter.holds("plans"), "nor holds the care plan");

        CaseSummary protectedChild = cases.get("C2");
        assertEquals(Map.of("visits", LocalDate.of(2026, 3, 20), "visits.seenAlone", LocalDate.of(2026, 3, 20),
                "conferences", LocalDate.of(2026, 1, 15)), protectedChild.getHeldFrom());
        assertTrue(protectedChild.holds("visits.seenAlone"), "List 7 says whether the child was seen alone at the last visit");
        assertFalse(protectedChild.holds("plans.date"), "a child protection plan's reviews are not in Annex A");

        CaseSummary careLeaver = cases.get("C5");
        assertEquals(Map.of("visits", LocalDate.of(2026, 3, 1), "plans", LocalDate.of(2026, 1, 10)), careLeaver.getHeldFrom());
        assertTrue(careLeaver.holds("plans.date"));
        assertFalse(careLeaver.holds("plans.coversHealth"), "what the plan says is not in Annex A");

        assertEquals(Map.of("visits", LocalDate.of(2026, 3, 10)), cases.get("C3").getHeldFrom());
        assertEquals(Map.of(), cases.get("C1").getHeldFrom(), "on no list with a latest date");
    }

    @Test
    void contactsReferralsAndAssessmentsAreHeldFromTheLaterOfTheirListsEarliestDates() throws Exception {
        Map<AnnexAList, List<Map<String, Object>>> lists = AnnexAOfficialTemplateTest.sixChildren();
        lists.get(AnnexAList.LIST_1).get(0).put("Date of Contact", LocalDate.of(2025, 12, 1));
        lists.get(AnnexAList.LIST_3).get(0).put("Date of referral", LocalDate.of(2025, 4, 7));
        Map<String, CaseSummary> cases = read(lists);
        for (CaseSummary c : cases.values()) {
            assertEquals(LocalDate.of(2025, 10, 1), c.heldFrom("referrals.received"),
                    "List 1 holds every contact from 1 October on, List 3 every referral from 7 April on: both from 1 October");
            assertEquals(LocalDate.of(2025, 10, 2), c.heldFrom("assessments.start"), "List 4 holds every assessment from its earliest start on");
        }
    }

    @Test
    void aBlankLatestDateLeavesItsCollectionNotHeld() throws Exception {
        Map<AnnexAList, List<Map<String, Object>>> lists = AnnexAOfficialTemplateTest.sixChildren();
        lists.get(AnnexAList.LIST_8).get(0).remove("Date of Latest Statutory Review");
        lists.get(AnnexAList.LIST_7).get(0).remove("Date of the Last Statutory Visit");

        Map<String, CaseSummary> cases = read(lists);

        CaseSummary lookedAfter = cases.get("C4");
        assertFalse(lookedAfter.holds("reviews.date"), "blank may mean no review yet, or one not recorded");
        assertFalse(lookedAfter.getHeldFrom().containsKey("reviews"));
        assertTrue(lookedAfter.holds("visits.date"));
        assertFalse(cases.get("C2").holds("visits.date"), "a child protection row left its last visit blank");
    }

    @Test
    void aChildPlacedForAdoptionHasNoReviewsHeldForAdoptionReviewsAreNotInAnnexA() throws Exception {
        Map<AnnexAList, List<Map<String, Object>>> lists = AnnexAOfficialTemplateTest.sixChildren();
        lists.get(AnnexAList.LIST_10).get(0).put("Date Placed for Adoption", LocalDate.of(2026, 2, 1));

        CaseSummary placed = read(lists).get("C4");

        assertFalse(placed.holds("reviews.date"));
        assertTrue(placed.holds("visits.date"));
    }

    @Test
    void aCareLeaverWhoIsAlsoLookedAfterHasNoPlansHeldForTheCarePlanIsNotInAnnexA() throws Exception {
        Map<AnnexAList, List<Map<String, Object>>> lists = AnnexAOfficialTemplateTest.sixChildren();
        Map<String, Object> careLeaverInCare = new java.util.LinkedHashMap<>(lists.get(AnnexAList.LIST_8).get(0));
        careLeaverInCare.put("Child Unique ID", "C5");
        careLeaverInCare.put("Date of Birth", AnnexAOfficialTemplateTest.CARE_LEAVER_BORN);
        lists.get(AnnexAList.LIST_8).add(careLeaverInCare);

        CaseSummary careLeaver = read(lists).get("C5");

        assertFalse(careLeaver.holds("plans.date"));
        assertTrue(careLeaver.holds("visits.date"));
    }

    @Test
    void theNextVisitAfterTheLatestIsJudgedToTheDayAndTheLatestItselfCannotBeTold() throws Exception {
        Map<String, CaseSummary> cases = read(AnnexAOfficialTemplateTest.sixChildren());
        CaseSummary lookedAfter = cases.get("C4");
        // Latest visit Monday 2 March 2026, placement from 2 June 2025 (first year): next within six weeks.
        LocalDate due = LocalDate.of(2026, 4, 13);

        assertEquals(Outcome.NOT_YET_DUE, finding(lookedAfter, "lookedafter.statutory-visits", due, due).outcome());
        Finding dayAfter = finding(lookedAfter, "lookedafter.statutory-visits", due.plusDays(1), due);
        assertEquals(Outcome.NOT_MET, dayAfter.outcome());
        assertEquals(1L, dayAfter.daysOverdue());
        Finding latest = findings(lookedAfter, "lookedafter.statutory-visits", due).get(0);
        assertEquals(LocalDate.of(2026, 3, 2), latest.doneDate());
        assertEquals(Outcome.CANNOT_TELL, latest.outcome(), "a visit before it may have been missed or late");
        assertTrue(latest.message().contains("the record holds visits only from 2026-03-02"), latest.message());

        // Child protection: latest visit Friday 20 March; ten working days on, past Good Friday (3 April), is 7 April.
        CaseSummary protectedChild = cases.get("C2");
        LocalDate cpDue = LocalDate.of(2026, 4, 7);
        assertEquals(Outcome.NOT_YET_DUE, finding(protectedChild, "protection.visits-timely", cpDue, cpDue).outcome());
        assertEquals(Outcome.NOT_MET, finding(protectedChild, "protection.visits-timely", cpDue.plusDays(1), cpDue).outcome());
    }

    @Test
    void theNextReviewConferenceAndPathwayPlanReviewAreJudgedToTheDay() throws Exception {
        Map<String, CaseSummary> cases = read(AnnexAOfficialTemplateTest.sixChildren());
        // Latest review conference 15 January 2026: the next within six months.
        LocalDate conference = LocalDate.of(2026, 7, 15);
        assertEquals(Outcome.NOT_YET_DUE,
                finding(cases.get("C2"), "protection.review-conferences-timely", conference, conference).outcome());
        assertEquals(Outcome.NOT_MET,
                finding(cases.get("C2"), "protection.review-conferences-timely", conference.plusDays(1), conference).outcome());
        // Latest pathway plan review 10 January 2026: the next within six months.
        LocalDate pathway = LocalDate.of(2026, 7, 10);
        assertEquals(Outcome.NOT_YET_DUE,
                finding(cases.get("C5"), "careleavers.pathway-plan-reviewed", pathway, pathway).outcome());
        assertEquals(Outcome.NOT_MET,
                finding(cases.get("C5"), "careleavers.pathway-plan-reviewed", pathway.plusDays(1), pathway).outcome());
    }

    @Test
    void theLatestReviewProvesTheNextOverdueOrNotYetDue() throws Exception {
        CaseSummary lookedAfter = read(AnnexAOfficialTemplateTest.sixChildren()).get("C4");
        // Latest review 5 January 2026, long after the first two were due: the next within six months.
        LocalDate due = LocalDate.of(2026, 7, 5);
        assertEquals(Outcome.NOT_YET_DUE, finding(lookedAfter, "lookedafter.reviews-on-time", due, due).outcome());
        assertEquals(Outcome.NOT_MET, finding(lookedAfter, "lookedafter.reviews-on-time", due.plusDays(1), due).outcome());
    }

    @Test
    void rulesApplyByTheListsTheChildIsOnBeforeAskingWhatTheWorkbookHolds() throws Exception {
        Map<String, CaseSummary> cases = read(AnnexAOfficialTemplateTest.sixChildren());
        LocalDate asOf = LocalDate.of(2026, 3, 31);

        assertEquals(Outcome.NOT_APPLICABLE, result(cases.get("C3"), "careleavers.pathway-plan-covers-health", asOf).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, result(cases.get("C4"), "careleavers.pathway-plan-covers-health", asOf).outcome());
        assertEquals(Outcome.CANNOT_TELL, result(cases.get("C5"), "careleavers.pathway-plan-covers-health", asOf).outcome(),
                "a care leaver (List 9): Annex A does not say what the pathway plan covers");
        assertEquals(Outcome.NOT_APPLICABLE, result(cases.get("C5"), "lookedafter.statutory-visits", asOf).outcome());
    }

    private static RuleResult result(CaseSummary child, String ruleId, LocalDate asOf) {
        return TestRuleBooks.resultOf(evaluator, child, ruleId, asOf);
    }

    private static List<Finding> findings(CaseSummary child, String ruleId, LocalDate asOf) {
        return result(child, ruleId, asOf).findings();
    }

    /** The finding of the occasion due on {@code due}. */
    private static Finding finding(CaseSummary child, String ruleId, LocalDate asOf, LocalDate due) {
        List<Finding> findings = findings(child, ruleId, asOf);
        return findings.stream().filter(f -> due.equals(f.dueDate())).findFirst()
                .orElseThrow(() -> new AssertionError("no occasion due " + due + " in " + findings.stream()
                        .map(f -> f.subject() + ": " + f.outcome() + " " + f.dueDate()).toList()));
    }
}
