package uk.practicecheck.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Restricts a case to what was known at the end of the as-of day, so that results are
 * reproducible: events dated later are dropped and later dates inside kept events are blanked.
 * It changes the case in place.
 */
public final class AsOfView {
    private AsOfView() {
    }

    public static CaseSummary restrict(CaseSummary c, LocalDate asOf) {
        c.getLegalStatuses().removeIf(s -> after(s.getStart(), asOf));
        c.getLegalStatuses().forEach(s -> s.setEnd(keep(s.getEnd(), asOf)));
        c.getReviews().removeIf(r -> after(r.getDate(), asOf));
        c.getPlans().removeIf(p -> after(p.getDate(), asOf));
        c.getMissingEpisodes().removeIf(m -> m.getStart() != null && after(m.getStart().toLocalDate(), asOf));
        for (MissingEpisode m : c.getMissingEpisodes()) {
            m.setEnd(keep(m.getEnd(), asOf));
            m.setReturnInterviewOffered(keep(m.getReturnInterviewOffered(), asOf));
            m.setReturnInterviewHeld(keep(m.getReturnInterviewHeld(), asOf));
        }
        AdoptionMilestones a = c.getAdoption();
        if (a != null) {
            a.setFamilyFindingStarted(keep(a.getFamilyFindingStarted(), asOf));
            a.setAgencyDecisionMakerDecision(keep(a.getAgencyDecisionMakerDecision(), asOf));
            a.setPlacementOrder(keep(a.getPlacementOrder(), asOf));
            a.setMatched(keep(a.getMatched(), asOf));
            a.setPlaced(keep(a.getPlaced(), asOf));
            a.setFosterToAdoptPlacement(keep(a.getFosterToAdoptPlacement(), asOf));
        }
        return c;
    }

    private static boolean after(LocalDate date, LocalDate asOf) {
        return date != null && date.isAfter(asOf);
    }

    private static LocalDate keep(LocalDate date, LocalDate asOf) {
        return after(date, asOf) ? null : date;
    }

    private static LocalDateTime keep(LocalDateTime moment, LocalDate asOf) {
        return moment != null && after(moment.toLocalDate(), asOf) ? null : moment;
    }
}
