package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practicecheck.policy.Due;

/** A deadline, when it was done and conditions together: both the timing and the conditions must hold. */
class CheckDeadlineAndConditionsTest {
    private static final LocalDate DUE = LocalDate.of(2026, 4, 7);
    private static final Due DEADLINE = Due.onDay(DUE, "1 working day after referral on 2026-04-02");

    private static Check check(LocalDate asOf, Set<String> notHeld) {
        return new Check("referral received 2026-04-02", asOf, field -> !notHeld.contains(field)).due(DEADLINE);
    }

    private static Finding conclude(LocalDate asOf, LocalDate done, Boolean condition) {
        return check(asOf, Set.of()).done(done, "referrals.decided").require("rationale recorded", condition).conclude();
    }

    @Test
    void doneOnTimeWithTheConditionIsMet() {
        assertEquals(Outcome.MET, conclude(DUE.plusDays(30), DUE, true).outcome());
    }

    @Test
    void doneOnTimeWithoutTheConditionIsNotMet() {
        Finding finding = conclude(DUE.plusDays(30), DUE, false);
        assertEquals(Outcome.NOT_MET, finding.outcome());
        assertTrue(finding.message().contains("missing: rationale recorded"), finding.message());
    }

    @Test
    void doneOnTimeWithTheConditionUnrecordedCannotBeTold() {
        assertEquals(Outcome.CANNOT_TELL, conclude(DUE.plusDays(30), DUE, null).outcome());
    }

    @Test
    void doneLateIsNotMetEvenWithTheCondition() {
        Finding finding = conclude(DUE.plusDays(30), DUE.plusDays(1), true);
        assertEquals(Outcome.NOT_MET, finding.outcome());
        assertEquals(1L, finding.daysOverdue());
    }

    @Test
    void aFalseConditionIsNotMetBeforeTheDueDay() {
        assertEquals(Outcome.NOT_MET, conclude(DUE.minusDays(1), null, false).outcome());
    }

    @Test
    void notDoneBeforeTheDueDayIsNotYetDue() {
        assertEquals(Outcome.NOT_YET_DUE, conclude(DUE, null, true).outcome());
        assertEquals(Outcome.NOT_YET_DUE, conclude(DUE, null, null).outcome());
    }

    @Test
    void notDoneAfterTheDueDayIsNotMetWhenTheConditionHolds() {
        Finding finding = conclude(DUE.plusDays(1), null, true);
        assertEquals(Outcome.NOT_MET, finding.outcome());
        assertEquals(1L, finding.daysOverdue());
    }

    @Test
    void notDoneAfterTheDueDayCannotBeToldWhenTheConditionIsUnrecorded() {
        assertEquals(Outcome.CANNOT_TELL, conclude(DUE.plusDays(1), null, null).outcome());
    }

    @Test
    void aConditionFromAFieldTheSourceDoesNotHoldCannotBeTold() {
        Finding finding = check(DUE.plusDays(30), Set.of("referrals.decisionRationaleRecorded"))
                .done(DUE, "referrals.decided")
                .require("rationale recorded", true, "referrals.decisionRationaleRecorded").conclude();
        assertEquals(Outcome.CANNOT_TELL, finding.outcome());
    }

    @Test
    void withoutConditionsOnlyTheTimingCounts() {
        Finding finding = check(DUE.plusDays(30), Set.of()).done(DUE, "referrals.decided").conclude();
        assertEquals(Outcome.MET, finding.outcome());
    }
}
