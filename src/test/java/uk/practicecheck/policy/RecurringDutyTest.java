package uk.practicecheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps of a recurring duty; expected dates worked out by hand from the bank holiday calendar. */
class RecurringDutyTest {
    private final Policy policy = PolicyLoader.defaults();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void eachOccasionIsDueWithinTheLaterTimescaleOfTheOneBefore() {
        // Plan starts Wed 2026-03-25: 10 working days, skipping Good Friday 3 April and Easter Monday 6 April,
        // is Fri 2026-04-10. Visit on 2026-04-09; the next is due 10 working days later, Thu 2026-04-23.
        List<RecurringDuty.Step> steps = RecurringDuty.steps(policy, "childProtection.visit", "childProtection.visit",
                d("2026-03-25"), "the plan started", null, List.of(d("2026-04-09")), "the visit");
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
        List<RecurringDuty.Step> steps = RecurringDuty.steps(policy, "childProtection.firstReviewConference",
                "childProtection.laterReviewConference", d("2026-01-31"), "the initial conference", null,
                List.of(d("2026-04-30")), "the review conference");
        assertEquals(d("2026-04-30"), steps.get(0).due().date());
        assertEquals(d("2026-10-30"), steps.get(1).due().date());
    }

    @Test
    void occasionsOutsideTheDutyAreIgnoredAndAStepDueAfterItEndedIsNotOwed() {
        // Supervision every 6 weeks from 2026-01-05; ended 2026-02-10, before the first due day 2026-02-16.
        List<RecurringDuty.Step> steps = RecurringDuty.steps(policy, "management.supervision", "management.supervision",
                d("2026-01-05"), "the case opened", d("2026-02-10"), List.of(d("2025-12-01"), d("2026-03-01")), "supervision");
        assertEquals(List.of(), steps);
    }

    @Test
    void aStepDueWhileTheDutyLastedIsOwedEvenAfterItEnded() {
        List<RecurringDuty.Step> steps = RecurringDuty.steps(policy, "management.supervision", "management.supervision",
                d("2026-01-05"), "the case opened", d("2026-02-16"), List.of(), "supervision");
        assertEquals(1, steps.size());
        assertEquals(d("2026-02-16"), steps.get(0).due().date());
    }
}
