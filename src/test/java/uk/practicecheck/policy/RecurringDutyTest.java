package uk.practicecheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps of a recurring duty; expected dates worked out by hand from the bank holiday calendar. */
class RecurringDutyTest {
    private static final RecurringDuty.Duty VISITS = new RecurringDuty.Duty("childProtection.visit", "childProtection.visit",
            "the plan started", "the visit", "visits");
    private static final RecurringDuty.Duty SUPERVISION = new RecurringDuty.Duty("management.supervision",
            "management.supervision", "the case opened", "supervision", "supervision records");
    private final Policy policy = PolicyLoader.defaults();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void eachOccasionIsDueWithinTheLaterTimescaleOfTheOneBefore() {
        // Plan starts Wed 2026-03-25: 10 working days, skipping Good Friday 3 April and Easter Monday 6 April,
        // is Fri 2026-04-10. Visit on 2026-04-09; the next is due 10 working days later, Thu 2026-04-23.
        List<Occasion> steps = RecurringDuty.occasions(policy, VISITS, d("2026-03-25"), null, List.of(d("2026-04-09")),
                d("2026-04-10"), null, "visit ");
        assertEquals(2, steps.size());
        assertEquals(d("2026-04-10"), steps.get(0).due().date());
        assertEquals(d("2026-04-09"), steps.get(0).done());
        assertEquals(d("2026-04-23"), steps.get(1).due().date());
        assertNull(steps.get(1).done());
    }

    @Test
    void theFirstStepUsesTheFirstTimescaleAndLaterStepsTheLaterOne() {
        // Initial conference 2026-01-31: first review within 3 months, 2026-04-30 (April has 30 days);
        // review held 2026-04-30, the next within 6 months, 2026-10-30.
        RecurringDuty.Duty conferences = new RecurringDuty.Duty("childProtection.firstReviewConference",
                "childProtection.laterReviewConference", "the initial conference", "the review conference", "conferences");
        List<Occasion> steps = RecurringDuty.occasions(policy, conferences, d("2026-01-31"), null, List.of(d("2026-04-30")),
                d("2026-05-01"), null, "review conference ");
        assertEquals(d("2026-04-30"), steps.get(0).due().date());
        assertEquals(d("2026-10-30"), steps.get(1).due().date());
    }

    @Test
    void occasionsOutsideTheDutyAreIgnoredAndAStepDueAfterItEndedIsNotOwed() {
        // Supervision every 6 weeks from 2026-01-05; ended 2026-02-10, before the first due day 2026-02-16.
        List<Occasion> steps = RecurringDuty.occasions(policy, SUPERVISION, d("2026-01-05"), d("2026-02-10"),
                List.of(d("2025-12-01"), d("2026-03-01")), d("2026-06-01"), null, "supervision ");
        assertEquals(List.of(), steps);
    }

    @Test
    void aStepDueWhileTheDutyLastedIsOwedEvenAfterItEnded() {
        List<Occasion> steps = RecurringDuty.occasions(policy, SUPERVISION, d("2026-01-05"), d("2026-02-16"),
                List.of(), d("2026-06-01"), null, "supervision ");
        assertEquals(1, steps.size());
        assertEquals(d("2026-02-16"), steps.get(0).due().date());
    }

    @Test
    void aMissedOccasionIsReportedOnceWithoutCountingMoreFromItsDueDay() {
        List<Occasion> steps = RecurringDuty.occasions(policy, SUPERVISION, d("2026-01-05"), null, List.of(),
                d("2026-06-01"), null, "supervision ");
        assertEquals(1, steps.size());
        assertEquals("supervision 1", steps.get(0).label());
    }

    @Test
    void anOccasionRecordedWithoutItsDateStillCounts() {
        List<Occasion> steps = RecurringDuty.occasions(policy, VISITS, d("2026-03-25"), null,
                java.util.Arrays.asList(d("2026-04-09"), null, d("2026-05-20")), d("2026-05-21"), null, "visit ");
        assertEquals(4, steps.size());
        assertEquals(Recurrence.UNDATED, steps.get(1).untold());
        assertEquals(Recurrence.PREVIOUS_UNDATED, steps.get(2).untold());
        assertEquals("visit 4", steps.get(3).label());
    }
}
