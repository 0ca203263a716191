package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.practicecheck.policy.Due;

/** How a finding's outcome follows from what a rule stated: {@link Check#conclude()}. */
class CheckTest {
    private static final LocalDate DUE_DAY = LocalDate.of(2026, 9, 4);
    private static final Due BY_DAY = Due.onDay(DUE_DAY, "10 working days after the review");
    private static final Due BY_TIME = new Due(LocalDateTime.of(2026, 11, 4, 9, 15), true, "72 hours after return");

    private static Check check(LocalDate asOf, String... notHeld) {
        Set<String> unheld = Set.of(notHeld);
        return new Check("the thing checked", asOf, field -> !unheld.contains(field));
    }

    private static Check check() {
        return check(LocalDate.of(2026, 11, 23));
    }

    @Test
    void allConditionsTrueIsMet() {
        Finding f = check().require("aim stated", true).require("actions set", true).conclude();

        assertEquals(Outcome.MET, f.outcome());
        assertEquals("Met: aim stated; actions set.", f.message());
        assertNull(f.dueDate());
    }

    @Test
    void aFalseConditionIsNotMetEvenWhenAnotherIsUnknown() {
        Finding f = check().require("aim stated", false).require("actions set", null).conclude();

        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals("Not met, missing: aim stated.", f.message());
    }

    @Test
    void anUnknownConditionIsCannotTell() {
        Finding f = check().require("aim stated", true).require("contingency stated", null).conclude();

        assertEquals(Outcome.CANNOT_TELL, f.outcome());
        assertEquals("Cannot tell: the record does not say whether contingency stated.", f.message());
    }

    @Test
    void aFieldTheSourceDoesNotHoldIsCannotTellNamingTheFieldOnce() {
        Finding f = check(LocalDate.of(2026, 11, 23), "plans.actions")
                .require("actions set", false, "plans.actions")
                .require("every action has an owner", true, "plans.actions")
                .require("aim stated", true, "plans.aim")
                .conclude();

        assertEquals(Outcome.CANNOT_TELL, f.outcome());
        assertEquals("Cannot tell: the record does not hold plans (actions).", f.message());
    }

    @Test
    void aHeldFieldThatFailsOutweighsAnUnheldOne() {
        Finding f = check(LocalDate.of(2026, 11, 23), "plans.contingency")
                .require("aim stated", false, "plans.aim")
                .require("contingency stated", true, "plans.contingency")
                .conclude();

        assertEquals(Outcome.NOT_MET, f.outcome());
    }

    @Test
    void aConditionThatDoesNotApplyIsLeftOut() {
        Finding f = check().require("aim stated", true).requireWhere(false, "contingency stated", false, "plans.contingency").conclude();

        assertEquals(Outcome.MET, f.outcome());
        assertEquals(1, f.requirements().size());
    }

    @Test
    void doneOnTheDueDayIsMet() {
        Finding f = check().expect("family finding started").due(BY_DAY).done(DUE_DAY, "adoption.familyFindingStarted").conclude();

        assertEquals(Outcome.MET, f.outcome());
        assertEquals("Family finding started 2026-09-04, on time (due by 2026-09-04: 10 working days after the review).", f.message());
        assertEquals("2026-09-04", f.done());
    }

    @Test
    void doneTheDayAfterIsNotMetOneDayLate() {
        Finding f = check().expect("family finding started").due(BY_DAY).done(DUE_DAY.plusDays(1), "adoption.familyFindingStarted")
                .conclude();

        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(1L, f.daysOverdue());
        assertTrue(f.message().endsWith(", 1 day late."), f.message());
    }

    @Test
    void notDoneIsNotYetDueUpToAndIncludingTheDueDay() {
        Finding f = check(DUE_DAY).expect("family finding started").due(BY_DAY).done((LocalDate) null, "adoption.familyFindingStarted")
                .conclude();

        assertEquals(Outcome.NOT_YET_DUE, f.outcome());
        assertEquals(DUE_DAY, f.dueDate());
        assertNull(f.daysOverdue());
    }

    @Test
    void notDoneTheDayAfterTheDueDayIsNotMetAndOverdue() {
        Finding f = check(DUE_DAY.plusDays(1)).expect("family finding started").due(BY_DAY)
                .done((LocalDate) null, "adoption.familyFindingStarted").conclude();

        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(1L, f.daysOverdue());
        assertEquals("No record of family finding started; due by 2026-09-04 (10 working days after the review), 1 day overdue.",
                f.message());
    }

    @Test
    void anHourLateOnTheDueDayIsNotMetWithNoWholeDayOverdue() {
        Finding f = check().expect("return home interview offered").due(BY_TIME)
                .done(LocalDateTime.of(2026, 11, 4, 10, 15), "missingEpisodes.returnInterviewOffered").conclude();

        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(0L, f.daysOverdue());
        assertTrue(f.message().endsWith("late: due by 2026-11-04 09:15 (72 hours after return), 1 hour late."), f.message());
    }

    @Test
    void exactlyOnTheDeadlineIsMet() {
        Finding f = check().expect("return home interview offered").due(BY_TIME)
                .done(LocalDateTime.of(2026, 11, 4, 9, 15), "missingEpisodes.returnInterviewOffered").conclude();

        assertEquals(Outcome.MET, f.outcome());
    }

    @Test
    void aDoneDateTheSourceDoesNotHoldIsCannotTellEvenWhenOverdue() {
        Finding f = check(LocalDate.of(2026, 11, 23), "adoption.familyFindingStarted").expect("family finding started")
                .due(BY_DAY).done((LocalDate) null, "adoption.familyFindingStarted").conclude();

        assertEquals(Outcome.CANNOT_TELL, f.outcome());
        assertEquals("Cannot tell: the record does not hold adoption (family finding started).", f.message());
        assertEquals(DUE_DAY, f.dueDate());
    }

    @Test
    void conditionsMetBeforeTheirDeadlineAreMet() {
        Finding f = check(DUE_DAY.minusDays(30)).expect("adoption considered").due(BY_DAY).require("adoption considered", true)
                .conclude();

        assertEquals(Outcome.MET, f.outcome());
    }

    @Test
    void conditionsNotYetMetBeforeTheirDeadlineAreNotYetDueEvenIfOneIsFalse() {
        Finding f = check(DUE_DAY).expect("adoption considered").due(BY_DAY)
                .require("adoption considered", true).require("foster to adopt considered", false).conclude();

        assertEquals(Outcome.NOT_YET_DUE, f.outcome());
    }

    @Test
    void aFalseConditionAfterItsDeadlineIsNotMetAndOverdue() {
        Finding f = check(DUE_DAY.plusDays(3)).expect("adoption considered").due(BY_DAY)
                .require("adoption considered", false).require("foster to adopt considered", null).conclude();

        assertEquals(Outcome.NOT_MET, f.outcome());
        assertEquals(3L, f.daysOverdue());
        assertTrue(f.message().contains("missing: adoption considered"), f.message());
    }

    @Test
    void anUnknownConditionAfterItsDeadlineIsCannotTell() {
        Finding f = check(DUE_DAY.plusDays(3)).expect("adoption considered").due(BY_DAY)
                .require("adoption considered", true).require("foster to adopt considered", null).conclude();

        assertEquals(Outcome.CANNOT_TELL, f.outcome());
        assertEquals("Cannot tell: the record does not say whether foster to adopt considered by 2026-09-04"
                + " (10 working days after the review).", f.message());
    }

    @Test
    void aFailedConditionOnAnOccasionWhoseTimingCannotBeToldIsNotMetWithoutClaimingItLate() {
        uk.practicecheck.policy.Occasion visit = new uk.practicecheck.policy.Occasion("visit 1", BY_DAY,
                LocalDate.of(2026, 11, 2), "the record holds visits only from 2026-11-02");
        Finding f = check().expect("child visited").occasion(visit, "visits.date")
                .require("the child was seen alone", false, "visits.seenAlone").conclude();

        assertEquals(Outcome.NOT_MET, f.outcome());
        assertNull(f.daysOverdue(), "not late: whether it was on time cannot be told");
        assertEquals("Not met, missing: the child was seen alone. Cannot tell whether on time: the record holds visits"
                + " only from 2026-11-02; due by 2026-09-04 (10 working days after the review); done 2026-11-02.", f.message());
    }

    private static Check partial(LocalDate asOf, String field, LocalDate heldFrom) {
        return new Check("the thing checked", asOf, new Check.RecordedFields() {
            @Override
            public boolean holds(String f) {
                return true;
            }

            @Override
            public LocalDate heldFrom(String f) {
                return f.equals(field) ? heldFrom : null;
            }
        });
    }

    @Test
    void nothingRecordedWhereTheSourceHoldsOnlyALaterHistoryCannotBeTold() {
        Finding f = partial(LocalDate.of(2026, 11, 23), "conferences.date", LocalDate.of(2026, 10, 1))
                .expect("conference held").due(BY_DAY).done((LocalDate) null, "conferences.date").conclude();

        assertEquals(Outcome.CANNOT_TELL, f.outcome());
        assertTrue(f.message().contains("the record holds conferences (date) only from 2026-10-01"), f.message());
    }

    @Test
    void somethingDoneOnTimeProvesItWhateverTheSourceHoldsBeforeThen() {
        Finding f = partial(LocalDate.of(2026, 11, 23), "conferences.date", LocalDate.of(2026, 10, 1))
                .expect("conference held").due(Due.onDay(LocalDate.of(2026, 11, 4), "15 working days"))
                .done(LocalDate.of(2026, 11, 2), "conferences.date").conclude();

        assertEquals(Outcome.MET, f.outcome());
    }

    @Test
    void aPartialHistoryBeginningAfterTheTimescaleStartedLeavesItUntoldOnlyWhenLateOrMissing() {
        Finding f = partial(LocalDate.of(2026, 11, 23), "conferences.date", LocalDate.of(2026, 8, 1))
                .expect("conference held").due(BY_DAY).done((LocalDate) null, "conferences.date").conclude();

        assertEquals(Outcome.NOT_MET, f.outcome(), "the record began before anything was owed: missing is missing");
    }

    @Test
    void aDeadlineThatIsOnlyTheLatestPossibleProvesLatenessButNotTimeliness() {
        Finding late = check().expect("held").due(BY_DAY).latestPossibleUnless(false, "its start is not dated")
                .done(DUE_DAY.plusDays(1), "x").conclude();
        Finding onTime = check().expect("held").due(BY_DAY).latestPossibleUnless(false, "its start is not dated")
                .done(DUE_DAY, "x").conclude();
        Finding exact = check().expect("held").due(BY_DAY).latestPossibleUnless(true, "its start is not dated")
                .done(DUE_DAY, "x").conclude();

        assertEquals(Outcome.NOT_MET, late.outcome());
        assertEquals(Outcome.CANNOT_TELL, onTime.outcome());
        assertTrue(onTime.message().contains("its start is not dated"), onTime.message());
        assertEquals(Outcome.MET, exact.outcome());
    }

    @Test
    void somethingElseRecordedOnTimeProvesWhatTheSourceDoesNotHold() {
        Finding proven = check(LocalDate.of(2026, 11, 23), "offered").expect("offered").due(BY_TIME)
                .done(LocalDateTime.of(2026, 11, 3, 15, 0), "offered")
                .provenBy(LocalDateTime.of(2026, 11, 3, 15, 0), "held").conclude();
        Finding tooLate = check(LocalDate.of(2026, 11, 23), "offered").expect("offered").due(BY_TIME)
                .done(LocalDateTime.of(2026, 11, 5, 15, 0), "offered")
                .provenBy(LocalDateTime.of(2026, 11, 5, 15, 0), "held").conclude();

        assertEquals(Outcome.MET, proven.outcome());
        assertEquals(Outcome.CANNOT_TELL, tooLate.outcome(), "it may have been offered in time");
    }

    @Test
    void aDateAloneOnTheDueDayOfAnHourBasedDeadlineCannotBeTold() {
        Finding f = check().expect("offered").due(BY_TIME).done(LocalDate.of(2026, 11, 4), "offered").conclude();
        Finding dayBefore = check().expect("offered").due(BY_TIME).done(LocalDate.of(2026, 11, 3), "offered").conclude();
        Finding dayAfter = check().expect("offered").due(BY_TIME).done(LocalDate.of(2026, 11, 5), "offered").conclude();

        assertEquals(Outcome.CANNOT_TELL, f.outcome());
        assertEquals(Outcome.MET, dayBefore.outcome());
        assertEquals(Outcome.NOT_MET, dayAfter.outcome());
    }
}
