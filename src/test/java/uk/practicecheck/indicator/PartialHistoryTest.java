package uk.practicecheck.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.practicecheck.indicator.Cohort.d;
import static uk.practicecheck.indicator.Cohort.placement;
import static uk.practicecheck.indicator.Cohort.referral;
import static uk.practicecheck.indicator.Cohort.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.practicecheck.model.AdoptionMilestones;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.PlacementType;

/**
 * The measures on records whose source holds a collection only from a day on ({@code heldFrom}: a census
 * or return year, an Annex A list's months) or not at all: what may lie before that day is never taken to
 * be absent. Period: 2025-04-01 to 2026-03-31, as of its last day.
 */
class PartialHistoryTest {
    private static final LocalDate AS_OF = d("2026-03-31");
    private static final Period YEAR = new Period(d("2025-04-01"), AS_OF);

    private static void heldFrom(CaseSummary c, String path, String day) {
        c.getHeldFrom().put(path, d(day));
    }

    @Test
    void aReferralWithNoneEarlierIsJudgedOnlyWhenTheWholeYearBeforeItIsHeld() {
        Cohort cohort = new Cohort()
                // Referrals held from 2025-04-01 (a census year). 2025-06-01 with none earlier: the 12 months before
                // it start 2024-06-01, before what is held; not held rather than "not a re-referral".
                .add("A", c -> { heldFrom(c, "referrals", "2025-04-01"); referral(c, "2025-06-01"); })
                // The later referral has a held one 2 months before: a re-referral whatever lies before. 1 of 1.
                // The earlier one (2025-04-10) has none before it and looks back before what is held: not held.
                .add("A", c -> { heldFrom(c, "referrals", "2025-04-01");
                    referral(c, "2025-04-10"); referral(c, "2025-06-10"); })
                // Held from 2024-04-01: 2025-04-01 looks back to 2024-04-01, held from that very day: judged. 0 of 1.
                .add("A", c -> { heldFrom(c, "referrals", "2024-04-01"); referral(c, "2025-04-01"); })
                // The source does not hold referrals at all (an SSDA903 return): any child may have been referred.
                .add("A", c -> c.getNotHeld().add("referrals"));
        // 1 of 2 = 50%; three cases with something not judged, all not held.
        IndicatorReport.Indicator reReferrals = cohort.count("re-referrals", AS_OF, YEAR);
        assertEquals(new Figures(1, 2, 3, 3), reReferrals.overall());
        assertEquals("50%", IndicatorTexts.value(reReferrals.definition(), reReferrals.overall()));
    }

    @Test
    void aCountOfChildrenIsNotShownAsNoneWhenTheSourceHoldsNoReferrals() {
        Cohort cohort = new Cohort()
                .add("A", c -> c.getNotHeld().add("referrals"))
                // Needs a social worker; whether one was allocated is not held (as in a census).
                .add("A", c -> { c.getNotHeld().add("referrals.allocated");
                    referral(c, "2026-03-01").setSocialWorkerNeeded(true); });
        IndicatorReport.Indicator waiting = cohort.count("awaiting-allocation", AS_OF, YEAR);
        // Nothing counted and both cases not held: "not held", not "0" (which would read as nobody waiting).
        assertEquals(new Figures(0, 0, 2, 2), waiting.overall());
        assertEquals("not held", IndicatorTexts.value(waiting.definition(), waiting.overall()));
    }

    @Test
    void aCountOfChildrenWithNothingToCountIsZero() {
        Cohort cohort = new Cohort()
                // Referred, no social worker needed: nothing to count and nothing unknown.
                .add("A", c -> referral(c, "2026-03-01").setSocialWorkerNeeded(false));
        IndicatorReport.Indicator waiting = cohort.count("awaiting-allocation", AS_OF, YEAR);
        assertEquals("0", IndicatorTexts.value(waiting.definition(), waiting.overall()));
    }

    @Test
    void aFirstPlanInAPartialHistoryMayNotBeTheFirst() {
        Cohort cohort = new Cohort()
                // Statuses held from 2025-04-01: the child's only plan there may follow one before it. Not held.
                .add("A", c -> { heldFrom(c, "legalStatuses", "2025-04-01");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2025-07-01", null); })
                // A second plan inside what is held is a repeat either way (1 of 1); the first, as above, not held.
                .add("A", c -> { heldFrom(c, "legalStatuses", "2025-04-01");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2025-04-02", "2025-05-01");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2025-09-01", null); });
        assertEquals(new Figures(1, 1, 2, 2), cohort.count("repeat-cp-plans", AS_OF, YEAR).overall());
    }

    @Test
    void placementsHeldFromInsideThePeriodCountOnlyChildrenAlreadyAtThree() {
        Cohort cohort = new Cohort()
                // Placements held from 2025-10-01, inside the period: two seen, earlier ones in the period may be
                // missing. Not held, not "fewer than three".
                .add("A", c -> { heldFrom(c, "placements", "2025-10-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", null);
                    placement(c, "2025-10-05", "2025-12-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-12-02", null, PlacementType.FOSTER_CARE); })
                // Three seen already: three or more whatever is missing. 1 of 1.
                .add("A", c -> { heldFrom(c, "placements", "2025-10-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", null);
                    placement(c, "2025-10-05", "2025-11-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-11-02", "2025-12-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-12-02", null, PlacementType.FOSTER_CARE); })
                // Held from the period's first day: the whole period is held. Two placements, 0 of 1.
                .add("A", c -> { heldFrom(c, "placements", "2025-04-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", null);
                    placement(c, "2024-01-01", "2025-06-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-06-02", null, PlacementType.FOSTER_CARE); });
        assertEquals(new Figures(1, 2, 1, 1), cohort.count("three-or-more-placements", AS_OF, YEAR).overall());
    }

    @Test
    void stabilityNeedsTheStartOfCareAndTheAdoptivePlacementsPredecessor() {
        Cohort cohort = new Cohort()
                // Statuses held from 2025-04-01; the spell shows from 2025-04-01, so the child may have been in care
                // for 30 months or more: not held (not "too short to count").
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01")); heldFrom(c, "legalStatuses", "2025-04-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2025-04-01", null);
                    placement(c, "2025-04-01", null, PlacementType.FOSTER_CARE); })
                // A spell starting after the day statuses are held from really began then: too short, not counted.
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01")); heldFrom(c, "legalStatuses", "2025-04-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2025-04-02", null);
                    placement(c, "2025-04-02", null, PlacementType.FOSTER_CARE); })
                // In an adoptive placement with placements held from 2025-04-01 and none before it there: the
                // placement it counts with is not held.
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01")); heldFrom(c, "placements", "2025-04-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2020-01-01", null);
                    placement(c, "2025-06-01", null, PlacementType.ADOPTIVE); })
                // The whole history held, in one placement since 2021: 1 of 1.
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01"));
                    status(c, LegalStatusType.LOOKED_AFTER, "2020-01-01", null);
                    placement(c, "2021-01-01", null, PlacementType.FOSTER_CARE); });
        assertEquals(new Figures(1, 1, 2, 2), cohort.count("long-term-placement-stability", AS_OF, YEAR).overall());
    }

    @Test
    void daysFromEnteringCareNeedTheStartOfCare() {
        Cohort cohort = new Cohort()
                // Statuses held from 2024-04-01; the spell shows from that day, so care may have begun earlier:
                // A1 not held. A2 runs from the placement order, which is held: 2024-06-01 to 2024-08-01 = 61 days.
                .add("A", c -> { heldFrom(c, "legalStatuses", "2024-04-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2024-04-01", "2025-09-01");
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setPlacementOrder(d("2024-06-01"));
                    a.setMatched(d("2024-08-01"));
                    a.setPlaced(d("2024-09-01"));
                    a.setAdoptionOrder(d("2025-09-01"));
                    c.setAdoption(a); })
                // Entered care after that day: A1 from 2024-05-01 to placed 2024-09-01 = 31 + 30 + 31 + 31 = 123 days.
                .add("A", c -> { heldFrom(c, "legalStatuses", "2024-04-01");
                    status(c, LegalStatusType.LOOKED_AFTER, "2024-05-01", "2025-09-01");
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setPlaced(d("2024-09-01"));
                    a.setAdoptionOrder(d("2025-09-01"));
                    c.setAdoption(a); });
        assertEquals(new Figures(123, 1, 1, 1), cohort.count("adoption-a1", AS_OF, YEAR).overall());
        assertEquals(new Figures(61, 1, 0, 0), cohort.count("adoption-a2", AS_OF, YEAR).overall());
    }
}
