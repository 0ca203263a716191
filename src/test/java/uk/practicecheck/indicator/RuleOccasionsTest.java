package uk.practicecheck.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.practicecheck.indicator.Cohort.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleResult;

/** A rule-based indicator counts the rule's findings in the period they fall due. */
class RuleOccasionsTest {
    private static final LocalDate AS_OF = d("2026-03-31");
    private static final Period YEAR = new Period(d("2025-04-01"), AS_OF);

    private static Finding finding(Outcome outcome, String due) {
        return new Finding("review", outcome, "", due == null ? null : d(due), due, "", null, null, List.of());
    }

    private static RuleResult reviews(Finding... findings) throws Exception {
        RuleInfo rule = TestRuleBooks.projectRules().rules().stream()
                .filter(r -> r.id().equals("lookedafter.reviews-on-time")).findFirst().orElseThrow();
        return RuleResult.of(rule, List.of(findings));
    }

    @Test
    void findingsAreCountedInThePeriodTheyFallDue() throws Exception {
        Cohort cohort = new Cohort()
                .add("A", c -> { }, List.of(reviews(
                        finding(Outcome.MET, "2025-04-01"),          // first day of the period: met, 1 of 1
                        finding(Outcome.NOT_MET, "2026-03-31"),      // last day: not met, 1 of 2
                        finding(Outcome.MET, "2025-03-31"),          // the day before: not counted
                        finding(Outcome.NOT_YET_DUE, "2026-03-31"))))  // not yet due: not counted
                // Cannot tell, due in the period: the case is not judged.
                .add("A", c -> { }, List.of(reviews(finding(Outcome.CANNOT_TELL, "2025-06-01"))))
                // Cannot tell, due before the period: nothing counted.
                .add("A", c -> { }, List.of(reviews(finding(Outcome.CANNOT_TELL, "2024-06-01"))))
                // No due date (the date it runs from is not recorded): cannot be placed in a period, not judged.
                .add("B", c -> { }, List.of(reviews(finding(Outcome.NOT_MET, null))))
                // From a source that does not hold every field: cannot tell counts as not held.
                .add("B", c -> c.getNotHeld().add("reviews.date"), List.of(reviews(finding(Outcome.CANNOT_TELL, "2025-09-01"))));
        IndicatorReport.Indicator reviews = cohort.count("lac-reviews-in-time", AS_OF, YEAR);
        // 1 of 2 = 50%; three cases not judged, one of them not held.
        assertEquals(new Figures(1, 2, 3, 1), reviews.overall());
        assertEquals("50%", IndicatorTexts.value(reviews.definition(), reviews.overall()));
        // Team B judged nothing: its only cases could not be judged, one not held.
        assertEquals(new Figures(0, 0, 2, 1), reviews.byTeam().get("B"));
        assertEquals("none judged", IndicatorTexts.value(reviews.definition(), reviews.byTeam().get("B")));
    }

    @Test
    void anIndicatorIsNotHeldWhenEveryCaseLacksWhatItNeeds() throws Exception {
        Cohort cohort = new Cohort()
                .add("A", c -> c.getNotHeld().add("reviews.date"), List.of(reviews(finding(Outcome.CANNOT_TELL, "2025-09-01"))));
        IndicatorReport.Indicator reviews = cohort.count("lac-reviews-in-time", AS_OF, YEAR);
        assertEquals("not held", IndicatorTexts.value(reviews.definition(), reviews.overall()));
        assertEquals("1 case not judged (1 not held by the source)", IndicatorTexts.notJudged(reviews.overall()));
    }

    @Test
    void aCaseWhoseSourceHoldsReviewsOnlyFromAfterThePeriodStartsIsNotHeldNotLate() throws Exception {
        Cohort cohort = new Cohort()
                // Annex A-like: reviews held only from the latest review, 2025-10-01. The one occasion the rule
                // could judge (due after it, not held: late by construction) must not make the rate 0 of 1.
                .add("A", c -> c.getHeldFrom().put("reviews", d("2025-10-01")),
                        List.of(reviews(finding(Outcome.CANNOT_TELL, "2025-09-01"), finding(Outcome.NOT_MET, "2026-03-01"))))
                // Held from the period's first day (a return's year): judged as usual, 1 of 1.
                .add("A", c -> c.getHeldFrom().put("reviews", d("2025-04-01")),
                        List.of(reviews(finding(Outcome.MET, "2025-09-01"))))
                // Held from a later day but nothing due in the period: nothing counted.
                .add("A", c -> c.getHeldFrom().put("reviews", d("2026-03-01")),
                        List.of(reviews(finding(Outcome.NOT_YET_DUE, "2026-04-10"))));
        IndicatorReport.Indicator reviews = cohort.count("lac-reviews-in-time", AS_OF, YEAR);
        assertEquals(new Figures(1, 1, 1, 1), reviews.overall());
        assertEquals("100%", IndicatorTexts.value(reviews.definition(), reviews.overall()));
    }
}
