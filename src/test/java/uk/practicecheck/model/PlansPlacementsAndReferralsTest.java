package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case helpers behind the care plan, placement plan and homelessness rules. */
class PlansPlacementsAndReferralsTest {

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static CaseSummary lookedAfter(String... startEndPairs) {
        CaseSummary summary = new CaseSummary();
        List<LegalStatus> statuses = new ArrayList<>();
        for (int i = 0; i < startEndPairs.length; i += 2) {
            statuses.add(LegalStatus.of(LegalStatusType.LOOKED_AFTER, day(startEndPairs[i]), day(startEndPairs[i + 1]), "section 20"));
        }
        summary.setLegalStatuses(statuses);
        return summary;
    }

    private static Plan plan(PlanType type, String date) {
        Plan plan = new Plan();
        plan.setType(type);
        plan.setDate(day(date));
        return plan;
    }

    @Test
    void theCarePlanOfASpellIsTheEarliestAfterThePreviousSpellEnded() {
        CaseSummary summary = lookedAfter("2025-01-06", "2025-03-31", "2026-03-02", null);
        summary.setPlans(new ArrayList<>(List.of(plan(PlanType.CARE, "2026-03-20"), plan(PlanType.CARE, "2025-01-08"),
                plan(PlanType.CARE, "2026-02-27"), plan(PlanType.CHILD_IN_NEED, "2025-12-01"))));
        List<LookedAfterPeriod> spells = summary.getLookedAfterPeriods();
        assertEquals(day("2025-01-08"), summary.carePlanPreparedFor(spells.get(0)));
        assertEquals(day("2026-02-27"), summary.carePlanPreparedFor(spells.get(1)), "a plan made before the child was placed counts");
    }

    @Test
    void noCarePlanForASpellWhenOnlyOtherPlansOrLaterOnesAreRecorded() {
        CaseSummary summary = lookedAfter("2025-01-06", "2025-03-31");
        summary.setPlans(new ArrayList<>(List.of(plan(PlanType.CHILD_IN_NEED, "2025-01-07"), plan(PlanType.CARE, "2025-04-02"),
                plan(PlanType.CARE, null))));
        assertNull(summary.carePlanPreparedFor(summary.getLookedAfterPeriods().get(0)));
        assertTrue(summary.hasUndatedPlan(PlanType.CARE));
        assertFalse(summary.hasUndatedPlan(PlanType.CHILD_IN_NEED));
    }

    @Test
    void placementsDuringASpellInTheOrderTheyBegan() {
        CaseSummary summary = lookedAfter("2026-03-02", null);
        Placement later = placement("2026-04-20");
        Placement first = placement("2026-03-02");
        summary.setPlacements(new ArrayList<>(List.of(later, placement("2025-01-01"), first)));
        assertEquals(List.of(first, later), summary.placementsDuring(summary.getLookedAfterPeriods().get(0)));
    }

    private static Placement placement(String start) {
        Placement placement = new Placement();
        placement.setStart(day(start));
        placement.setType(PlacementType.FOSTER_CARE);
        return placement;
    }

    @Test
    void ageInWholeYearsTurnsOnTheBirthday() {
        CaseSummary summary = new CaseSummary();
        assertNull(summary.ageOn(day("2026-03-02")));
        summary.setDateOfBirth(day("2010-03-02"));
        assertEquals(15, summary.ageOn(day("2026-03-01")));
        assertEquals(16, summary.ageOn(day("2026-03-02")));
        assertNull(summary.ageOn(null));
    }

    @Test
    void theAssessmentFollowingAReferralIsTheOneRecordedAgainstItOrElseTheFirstStartedBeforeTheNextReferral() {
        CaseSummary summary = new CaseSummary();
        Referral first = referral("2025-04-01");
        Referral second = referral("2026-03-02");
        summary.setReferrals(new ArrayList<>(List.of(first, second)));
        Assessment ofTheFirst = assessment(null, "2025-04-02");
        Assessment recordedAgainstTheSecond = assessment("2026-03-02", "2026-03-10");
        Assessment startedAfterTheSecond = assessment(null, "2026-03-04");
        summary.setAssessments(new ArrayList<>(List.of(startedAfterTheSecond, recordedAgainstTheSecond, ofTheFirst)));
        assertSame(ofTheFirst, summary.assessmentFollowing(first));
        assertSame(recordedAgainstTheSecond, summary.assessmentFollowing(second));
        summary.setAssessments(new ArrayList<>(List.of(ofTheFirst, startedAfterTheSecond)));
        assertSame(startedAfterTheSecond, summary.assessmentFollowing(second));
        summary.setAssessments(new ArrayList<>(List.of(ofTheFirst)));
        assertNull(summary.assessmentFollowing(second));
        assertNull(summary.assessmentFollowing(referral(null)));
    }

    private static Referral referral(String received) {
        Referral referral = new Referral();
        referral.setReceived(day(received));
        return referral;
    }

    private static Assessment assessment(String referralDate, String start) {
        Assessment assessment = new Assessment();
        assessment.setReferralDate(day(referralDate));
        assessment.setStart(day(start));
        return assessment;
    }
}
