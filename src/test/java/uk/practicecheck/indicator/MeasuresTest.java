package uk.practicecheck.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.practicecheck.indicator.Cohort.d;
import static uk.practicecheck.indicator.Cohort.placement;
import static uk.practicecheck.indicator.Cohort.referral;
import static uk.practicecheck.indicator.Cohort.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.practicecheck.model.AdoptionMilestones;
import uk.practicecheck.model.Closure;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.PlacementType;

/**
 * Each declared measure on a small hand-made cohort, with the expected figures worked out beside the
 * cases. The period is the year 2025-04-01 to 2026-03-31 and the cases are judged as of its last day
 * unless a test says otherwise.
 */
class MeasuresTest {
    private static final LocalDate AS_OF = d("2026-03-31");
    private static final Period YEAR = new Period(d("2025-04-01"), AS_OF);

    private static void assertFigures(IndicatorReport.Indicator indicator, long numerator, long denominator,
                                      long casesNotJudged, String value) {
        Figures f = indicator.overall();
        assertEquals(new Figures(numerator, denominator, casesNotJudged, 0), f, indicator.definition().id());
        assertEquals(value, IndicatorTexts.value(indicator.definition(), f));
    }

    @Test
    void reReferralsCountReferralsInThePeriodWithAnEarlierOneWithinTwelveMonths() {
        Cohort cohort = new Cohort()
                // 2025-04-01 (first day of the period) is 12 months to the day after 2024-04-01: within, a re-referral. 1 of 1.
                .add("A", c -> { referral(c, "2024-04-01"); referral(c, "2025-04-01"); })
                // 2024-03-31 + 12 months = 2025-03-31, the day before: not within. 0 of 1.
                .add("A", c -> { referral(c, "2024-03-31"); referral(c, "2025-04-01"); })
                // Both in the period: 2026-01-10 is a first referral, 2026-03-31 (last day) a re-referral. 1 of 2.
                .add("A", c -> { referral(c, "2026-01-10"); referral(c, "2026-03-31"); })
                // After the as-of date: not read at all.
                .add("A", c -> referral(c, "2026-04-01"))
                // An undated referral might be the previous one: the case is not judged and its referral not counted.
                .add("A", c -> { referral(c, "2025-06-01"); referral(c, null); })
                // Two on the same day: neither came after an earlier day. 0 of 2.
                .add("B", c -> { referral(c, "2025-05-05"); referral(c, "2025-05-05"); });
        // 2 of 6 = 33.3%, one case not judged; team A 2 of 4, team B 0 of 2.
        IndicatorReport.Indicator reReferrals = cohort.count("re-referrals", AS_OF, YEAR);
        assertFigures(reReferrals, 2, 6, 1, "33.3%");
        assertEquals(new Figures(2, 4, 1, 0), reReferrals.byTeam().get("A"));
        assertEquals(new Figures(0, 2, 0, 0), reReferrals.byTeam().get("B"));
    }

    @Test
    void repeatPlansCountPlansStartingInThePeriodForAChildOnAPlanBefore() {
        Cohort cohort = new Cohort()
                // A second plan starting on the period's first day: 1 of 1.
                .add("A", c -> { status(c, LegalStatusType.CHILD_PROTECTION, "2023-01-01", "2023-06-30");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2025-04-01", null); })
                // Plans that follow on the next day are one plan: a first plan. 0 of 1.
                .add("A", c -> { status(c, LegalStatusType.CHILD_PROTECTION, "2025-05-01", "2025-07-01");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2025-07-02", null); })
                // An earlier plan without a start date might make this one a repeat: not judged.
                .add("A", c -> { status(c, LegalStatusType.CHILD_PROTECTION, null, "2024-01-01");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2025-09-01", null); })
                // The first plan started the day before the period (not counted); the second in it is a repeat. 1 of 1.
                .add("A", c -> { status(c, LegalStatusType.CHILD_PROTECTION, "2025-03-31", "2025-12-01");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2026-02-01", null); })
                // The source does not hold when statuses start (an Annex A workbook): not held, whatever it shows.
                .add("A", c -> { c.getNotHeld().add("legalStatuses.start");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2025-06-01", null); });
        // 2 of 3 = 66.7%, two cases not judged, one of them not held.
        IndicatorReport.Indicator repeats = cohort.count("repeat-cp-plans", AS_OF, YEAR);
        assertEquals(new Figures(2, 3, 2, 1), repeats.overall());
        assertEquals("66.7%", IndicatorTexts.value(repeats.definition(), repeats.overall()));
    }

    @Test
    void plansLastingTwoYearsCountPlansEndingInThePeriod() {
        Cohort cohort = new Cohort()
                // Ends on the period's first day, exactly two years after it started: two years or more. 1 of 1.
                .add("A", c -> status(c, LegalStatusType.CHILD_PROTECTION, "2023-04-01", "2025-04-01"))
                // One day short of two years. 0 of 1.
                .add("A", c -> status(c, LegalStatusType.CHILD_PROTECTION, "2023-04-02", "2025-04-01"))
                // Ends after the as-of date, so still going on as of it: not counted.
                .add("A", c -> status(c, LegalStatusType.CHILD_PROTECTION, "2024-01-01", "2026-04-15"))
                // Ended the day before the period: not counted.
                .add("A", c -> status(c, LegalStatusType.CHILD_PROTECTION, "2020-01-01", "2025-03-31"))
                // Ended in the period with no start date: not judged.
                .add("A", c -> status(c, LegalStatusType.CHILD_PROTECTION, null, "2025-06-01"))
                // The source does not hold when statuses end: not held.
                .add("A", c -> { c.getNotHeld().add("legalStatuses.end");
                    status(c, LegalStatusType.CHILD_PROTECTION, "2023-01-01", "2025-06-01"); });
        // 1 of 2 = 50%, two cases not judged, one of them not held.
        IndicatorReport.Indicator durations = cohort.count("cp-plans-two-years", AS_OF, YEAR);
        assertEquals(new Figures(1, 2, 2, 1), durations.overall());
        assertEquals("50%", IndicatorTexts.value(durations.definition(), durations.overall()));
    }

    @Test
    void threeOrMorePlacementsCountChildrenLookedAfterOnTheLastDay() {
        Cohort cohort = new Cohort()
                // Three placements lasting into the period (the first ends on its first day): 1 of 1.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", null);
                    placement(c, "2024-01-01", "2025-04-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-04-02", "2025-09-30", PlacementType.FOSTER_CARE);
                    placement(c, "2025-10-01", null, PlacementType.RESIDENTIAL); })
                // The first ended the day before the period: two in it. 0 of 1.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", null);
                    placement(c, "2024-01-01", "2025-03-31", PlacementType.FOSTER_CARE);
                    placement(c, "2025-04-01", "2025-06-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-06-02", null, PlacementType.FOSTER_CARE); })
                // A short break is left out: two placements, not three. 0 of 1.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2025-01-01", null);
                    placement(c, "2025-01-01", "2025-05-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-05-02", "2025-05-03", PlacementType.FOSTER_CARE).setShortBreak(true);
                    placement(c, "2025-05-04", null, PlacementType.FOSTER_CARE); })
                // Left care in the period: not looked after on its last day, not counted however many placements.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2025-01-01", "2026-01-01");
                    placement(c, "2025-01-01", "2025-05-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-05-02", "2025-07-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-07-02", "2025-09-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-09-02", "2026-01-01", PlacementType.FOSTER_CARE); })
                // Looked after with no placement recorded: not judged (an empty record is not "no placements").
                .add("A", c -> status(c, LegalStatusType.LOOKED_AFTER, "2025-06-01", null))
                // One dated placement and one without a start: it could be three or not; not judged.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2025-06-01", null);
                    placement(c, "2025-06-01", "2025-07-01", PlacementType.FOSTER_CARE);
                    placement(c, null, null, PlacementType.FOSTER_CARE); })
                // Entered care on the period's last day, one placement. 0 of 1.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2026-03-31", null);
                    placement(c, "2026-03-31", null, PlacementType.FOSTER_CARE); });
        // 1 of 4 = 25%, two cases not judged.
        assertFigures(cohort.count("three-or-more-placements", AS_OF, YEAR), 1, 4, 2, "25%");
    }

    @Test
    void longTermStabilityCountsChildrenUnder16InCareTwoAndAHalfYears() {
        // On 2026-03-31: looked after since 2023-09-30 or earlier (30 months), born after 2010-03-31 (under 16),
        // in the same placement since 2024-03-31 or earlier.
        Cohort cohort = new Cohort()
                // Exactly 30 months in care, exactly two years in the placement: 1 of 1.
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01"));
                    status(c, LegalStatusType.LOOKED_AFTER, "2023-09-30", null);
                    placement(c, "2024-03-31", null, PlacementType.FOSTER_CARE); })
                // In the current placement one day short of two years: 0 of 1.
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01"));
                    status(c, LegalStatusType.LOOKED_AFTER, "2023-09-30", null);
                    placement(c, "2023-09-30", "2024-03-31", PlacementType.FOSTER_CARE);
                    placement(c, "2024-04-01", null, PlacementType.FOSTER_CARE); })
                // In care a day short of 30 months: not in the denominator.
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01"));
                    status(c, LegalStatusType.LOOKED_AFTER, "2023-10-01", null);
                    placement(c, "2023-10-01", null, PlacementType.FOSTER_CARE); })
                // Sixteen on the day: not under 16, not counted.
                .add("A", c -> { c.setDateOfBirth(d("2010-03-31"));
                    status(c, LegalStatusType.LOOKED_AFTER, "2020-01-01", null);
                    placement(c, "2020-01-01", null, PlacementType.FOSTER_CARE); })
                // Placed for adoption in 2025: the adoptive placement counts with the one before (since 2021). 1 of 1.
                .add("A", c -> { c.setDateOfBirth(d("2015-01-01"));
                    status(c, LegalStatusType.LOOKED_AFTER, "2020-01-01", null);
                    placement(c, "2021-01-01", "2025-01-01", PlacementType.FOSTER_CARE);
                    placement(c, "2025-01-02", null, PlacementType.ADOPTIVE); })
                // No date of birth: cannot tell whether under 16; not judged.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2020-01-01", null);
                    placement(c, "2020-01-01", null, PlacementType.FOSTER_CARE); });
        // 2 of 3 = 66.7%, one case not judged.
        assertFigures(cohort.count("long-term-placement-stability", AS_OF, YEAR), 2, 3, 1, "66.7%");
    }

    @Test
    void adoptionScorecardMeasuresAverageDaysForChildrenAdoptedInThePeriod() {
        Cohort cohort = new Cohort()
                // Adoption order 2025-06-30. A1: 2023-01-01 to placed 2024-05-01 = 365 + 121 = 486 days.
                // A2: placement order 2024-01-01 to match 2024-03-01 = 60 days. A10 = A1 = 486.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2023-01-01", "2025-06-30");
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setPlacementOrder(d("2024-01-01"));
                    a.setMatched(d("2024-03-01"));
                    a.setPlaced(d("2024-05-01"));
                    a.setAdoptionOrder(d("2025-06-30"));
                    c.setAdoption(a); })
                // No adoption order date; the spell ended 2025-12-31 with reason E11 (adopted): adopted in the period.
                // A1: 2024-02-01 to placed 2025-04-01 = 366 + 28 + 31 = 425 days. Matched before the placement order: A2 = 0.
                // Placed with the foster carers the child lived with from 2024-02-01: A10 = 0 days.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2024-02-01", "2025-12-31");
                    c.getLegalStatuses().get(0).setEndReason("E11");
                    placement(c, "2024-02-01", "2025-03-31", PlacementType.FOSTER_CARE);
                    placement(c, "2025-04-01", null, PlacementType.ADOPTIVE);
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setPlacementOrder(d("2024-10-01"));
                    a.setMatched(d("2024-09-01"));
                    a.setPlaced(d("2025-04-01"));
                    a.setPlacedWithFosterCarers(true);
                    c.setAdoption(a); })
                // Adoption order the day before the period: not counted.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2023-01-01", "2025-03-31");
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setPlaced(d("2024-01-01"));
                    a.setAdoptionOrder(d("2025-03-31"));
                    c.setAdoption(a); })
                // No order date or reason: the spell ended 2025-08-01 after the child was placed inside it (2025-02-01),
                // so adopted on 2025-08-01. A1 = A10: 2024-01-01 to 2025-02-01 = 366 + 31 = 397. No placement order: not in A2.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", "2025-08-01");
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setPlaced(d("2025-02-01"));
                    c.setAdoption(a); })
                // Adopted in the period with no date placed: A1 and A10 not judged; no placement order, not in A2.
                .add("A", c -> { status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", "2025-10-01");
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setAdoptionOrder(d("2025-10-01"));
                    c.setAdoption(a); });
        // A1: (486 + 425 + 397) / 3 = 1308 / 3 = 436 days; one case not judged.
        assertFigures(cohort.count("adoption-a1", AS_OF, YEAR), 1308, 3, 1, "436 days");
        // A2: (60 + 0) / 2 = 30 days.
        assertFigures(cohort.count("adoption-a2", AS_OF, YEAR), 60, 2, 0, "30 days");
        // A10: (486 + 0 + 397) / 3 = 294.3, shown as 294 days; one case not judged.
        assertFigures(cohort.count("adoption-a10", AS_OF, YEAR), 883, 3, 1, "294 days");
    }

    @Test
    void adoptionTimesAreNotHeldWhereTheSourceCannotSayWhenTheChildWasAdopted() {
        Cohort cohort = new Cohort()
                // Placed for adoption in 2025, no adoption order date or end of care held (as from an Annex A workbook).
                .add("A", c -> { c.getNotHeld().addAll(java.util.List.of("adoption.adoptionOrder", "legalStatuses.end"));
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setPlaced(d("2025-05-01"));
                    c.setAdoption(a); })
                // Adopted in the period by its order date, but the source does not hold the date placed: not held either.
                .add("A", c -> { c.getNotHeld().add("adoption.placed");
                    status(c, LegalStatusType.LOOKED_AFTER, "2024-01-01", "2025-10-01");
                    AdoptionMilestones a = new AdoptionMilestones();
                    a.setAdoptionOrder(d("2025-10-01"));
                    c.setAdoption(a); });
        IndicatorReport.Indicator a1 = cohort.count("adoption-a1", AS_OF, YEAR);
        assertEquals(new Figures(0, 0, 2, 2), a1.overall());
        assertEquals("not held", IndicatorTexts.value(a1.definition(), a1.overall()));
    }

    @Test
    void awaitingAllocationCountsChildrenWithoutAWorkerOnThePeriodsLastDay() {
        LocalDate asOf = d("2026-04-05");
        Cohort cohort = new Cohort()
                // Needs a social worker, none allocated: waiting.
                .add("A", c -> referral(c, "2026-03-01").setSocialWorkerNeeded(true))
                // Allocated on the last day of the period: not waiting.
                .add("A", c -> { var r = referral(c, "2026-03-01"); r.setSocialWorkerNeeded(true); r.setAllocated(d("2026-03-31")); })
                // Allocated two days after the period ended (before the as-of date): still waiting on its last day.
                .add("A", c -> { var r = referral(c, "2026-03-01"); r.setSocialWorkerNeeded(true); r.setAllocated(d("2026-04-02")); })
                // Closed after the referral without allocation: not waiting.
                .add("A", c -> { referral(c, "2026-02-01").setSocialWorkerNeeded(true);
                    Closure x = new Closure();
                    x.setDate(d("2026-02-20"));
                    c.getClosures().add(x); })
                // Whether a social worker is needed is not recorded, none allocated: not judged.
                .add("A", c -> referral(c, "2026-03-10"))
                // Referred after the period's last day: not counted.
                .add("A", c -> referral(c, "2026-04-01").setSocialWorkerNeeded(true))
                // No social worker needed: not counted.
                .add("A", c -> referral(c, "2026-03-01").setSocialWorkerNeeded(false));
        // 2 waiting, of 4 who needed a social worker; one case not judged.
        assertFigures(cohort.count("awaiting-allocation", asOf, YEAR), 2, 4, 1, "2");
    }
}
