package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.practicecheck.policy.Due;

/** {@link Check#needs}: a fact without which a finding cannot be concluded. */
class CheckNeedsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private static Check check() {
        return new Check("thing", AS_OF, field -> true);
    }

    @Test
    void aMissingFactMakesAnOverdueDeadlineCannotTell() {
        Finding finding = check().needs("the child's date of birth", null)
                .due(Due.onDay(LocalDate.of(2026, 1, 1), "basis")).done((LocalDate) null, "f").conclude();
        assertEquals(Outcome.CANNOT_TELL, finding.outcome());
        assertTrue(finding.message().contains("does not give the child's date of birth"), finding.message());
    }

    @Test
    void aMissingFactDoesNotHideAFailedCondition() {
        Finding finding = check().needs("the child's date of birth", null).require("x", false).conclude();
        assertEquals(Outcome.NOT_MET, finding.outcome());
    }

    @Test
    void aFactThatIsGivenChangesNothing() {
        Finding finding = check().needs("the child's date of birth", LocalDate.of(2020, 1, 1))
                .due(Due.onDay(LocalDate.of(2026, 1, 1), "basis")).done((LocalDate) null, "f").conclude();
        assertEquals(Outcome.NOT_MET, finding.outcome());
    }
}
