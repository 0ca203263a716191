package uk.practicecheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.Review;
import uk.practicecheck.model.ReviewType;
import uk.practicecheck.model.Visit;
import uk.practicecheck.model.VisitType;

class TimetablesTest {
    private final Timetables timetables = PolicyLoader.defaults().timetables();

    private static Visit visit(LocalDate date) {
        Visit visit = new Visit();
        visit.setDate(date);
        visit.setType(VisitType.LOOKED_AFTER);
        return visit;
    }

    @Test
    void visitsToAnotherPlacementOrOfAnotherKindDoNotCount() {
        Placement placement = new Placement();
        placement.setStart(LocalDate.of(2026, 3, 27));
        placement.setType(PlacementType.FOSTER_CARE);
        Visit earlier = visit(LocalDate.of(2026, 3, 20));
        Visit protection = visit(LocalDate.of(2026, 3, 30));
        protection.setType(VisitType.CHILD_PROTECTION);

        CaseSummary child = new CaseSummary();
        child.setLegalStatuses(List.of(LegalStatus.of(LegalStatusType.LOOKED_AFTER, LocalDate.of(2026, 3, 27), null, "section 20")));
        child.setPlacements(List.of(placement));
        child.setVisits(List.of(earlier, protection));

        List<Occasion> visits = timetables.statutoryVisits(child.getLookedAfterPeriods().get(0), child, LocalDate.of(2026, 4, 1));

        assertEquals(1, visits.size());
        assertEquals(null, visits.get(0).done());
        assertEquals(LocalDate.of(2026, 4, 3), visits.get(0).due().date());
    }

    @Test
    void secondAdoptionReviewRunsFromTheFirstHeldOrItsDueDate() {
        LocalDate placed = LocalDate.of(2026, 4, 30);
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        assertEquals(LocalDate.of(2026, 8, 28), timetables.bySecondAdoptionReview("x", placed, List.of(), null, asOf).due().date());
        Review first = new Review();
        first.setType(ReviewType.ADOPTION);
        first.setDate(LocalDate.of(2026, 5, 20));
        assertEquals(LocalDate.of(2026, 8, 20), timetables.bySecondAdoptionReview("x", placed, List.of(first), null, asOf).due().date());
    }
}
