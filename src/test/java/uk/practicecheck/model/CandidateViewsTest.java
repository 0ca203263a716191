package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case helpers that give a rule only what it judges, so that its conditions need not sift a whole list. */
class CandidateViewsTest {

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static CaseSummary withStatuses(LegalStatus... statuses) {
        CaseSummary summary = new CaseSummary();
        summary.setLegalStatuses(new ArrayList<>(List.of(statuses)));
        return summary;
    }

    private static LegalStatus status(LegalStatusType type, String start, String end) {
        return LegalStatus.of(type, day(start), day(end), null);
    }

    @Test
    void theOngoingSpellIsTheLastOpenSpellWhileItHasNoEnd() {
        CaseSummary open = withStatuses(status(LegalStatusType.CHILD_IN_NEED, "2024-01-08", "2024-06-30"),
                status(LegalStatusType.CHILD_IN_NEED, "2025-02-03", null), status(LegalStatusType.CHILD_PROTECTION, "2025-05-01", "2025-11-30"));
        assertEquals(day("2025-02-03"), open.ongoingSpell().getStart(), "a later status inside an open spell does not start another");
        assertNull(open.ongoingSpell().getEnd());

        CaseSummary closed = withStatuses(status(LegalStatusType.CHILD_IN_NEED, "2024-01-08", "2024-06-30"));
        assertNull(closed.ongoingSpell());
        assertNull(new CaseSummary().ongoingSpell());
    }

    @Test
    void careLeaverStatusesAreTheDatedOnesInRecordOrder() {
        LegalStatus later = status(LegalStatusType.CARE_LEAVER, "2026-01-10", null);
        LegalStatus earlier = status(LegalStatusType.CARE_LEAVER, "2025-03-01", "2025-09-01");
        CaseSummary summary = withStatuses(status(LegalStatusType.LOOKED_AFTER, "2020-01-01", "2025-02-28"), later,
                status(LegalStatusType.CARE_LEAVER, null, null), earlier);
        assertEquals(List.of(later, earlier), summary.careLeaverStatuses());
        assertThrows(UnsupportedOperationException.class, () -> summary.careLeaverStatuses().clear());
        assertTrue(withStatuses(status(LegalStatusType.CHILD_IN_NEED, "2025-01-01", null)).careLeaverStatuses().isEmpty());
    }

    @Test
    void whetherAStatusOfAKindIsRecordedCountsOneWithoutDates() {
        CaseSummary summary = withStatuses(status(LegalStatusType.CHILD_IN_NEED, "2025-01-01", null),
                status(LegalStatusType.CARE_LEAVER, null, null));
        assertTrue(summary.hasStatus(LegalStatusType.CARE_LEAVER));
        assertTrue(summary.hasStatus(LegalStatusType.CHILD_IN_NEED));
        assertFalse(summary.hasStatus(LegalStatusType.LOOKED_AFTER));
    }

    @Test
    void whetherAPlanOfAKindIsInForceFollowsTheCurrentPlans() {
        CaseSummary summary = withStatuses(status(LegalStatusType.LOOKED_AFTER, "2025-01-06", "2025-06-30"),
                status(LegalStatusType.CHILD_IN_NEED, "2025-07-01", null));
        Plan care = new Plan();
        care.setType(PlanType.CARE);
        care.setDate(day("2025-01-10"));
        Plan childInNeed = new Plan();
        childInNeed.setType(PlanType.CHILD_IN_NEED);
        childInNeed.setDate(day("2025-07-10"));
        summary.setPlans(new ArrayList<>(List.of(care, childInNeed)));
        AsOfView.restrict(summary, day("2026-01-05"));
        assertFalse(summary.hasCurrentPlan(PlanType.CARE), "the care plan ended with the spell in care");
        assertTrue(summary.hasCurrentPlan(PlanType.CHILD_IN_NEED));
        assertFalse(summary.hasCurrentPlan(PlanType.PATHWAY));
    }

    @Test
    void whetherAReferralRecordsHomelessnessIgnoresOnesThatSayNoOrNothing() {
        CaseSummary summary = new CaseSummary();
        Referral no = new Referral();
        no.setPresentingAsHomeless(false);
        Referral silent = new Referral();
        summary.setReferrals(new ArrayList<>(List.of(no, silent)));
        assertFalse(summary.hasReferralPresentingAsHomeless());
        Referral homeless = new Referral();
        homeless.setPresentingAsHomeless(true);
        summary.getReferrals().add(homeless);
        assertTrue(summary.hasReferralPresentingAsHomeless());
    }
}
