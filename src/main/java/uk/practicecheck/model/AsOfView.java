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
        for (LegalStatus s : c.getLegalStatuses()) {
            if (after(s.getEnd(), asOf)) {
                s.setEnd(null);
                s.setEndReason(null);
            }
        }
        c.getReviews().removeIf(r -> after(r.getDate(), asOf));
        c.getPlans().removeIf(p -> after(p.getDate(), asOf));
        c.getMissingEpisodes().removeIf(m -> m.getStart() != null && after(m.getStart().toLocalDate(), asOf));
        for (MissingEpisode m : c.getMissingEpisodes()) {
            m.setEnd(keep(m.getEnd(), asOf));
            m.setReturnInterviewOffered(keep(m.getReturnInterviewOffered(), asOf));
            m.setReturnInterviewHeld(keep(m.getReturnInterviewHeld(), asOf));
        }
        c.getReviews().forEach(r -> r.setMinutesCirculated(keep(r.getMinutesCirculated(), asOf)));
        c.getReferrals().removeIf(r -> after(r.getReceived(), asOf));
        for (Referral r : c.getReferrals()) {
            r.setDecided(keep(r.getDecided(), asOf));
            r.setAllocated(keep(r.getAllocated(), asOf));
        }
        c.getAssessments().removeIf(a -> after(a.getStart(), asOf));
        for (Assessment a : c.getAssessments()) {
            a.setAuthorised(keep(a.getAuthorised(), asOf));
            a.setChildSeen(keep(a.getChildSeen(), asOf));
        }
        c.getStrategyDiscussions().removeIf(d -> after(d.getDate(), asOf));
        c.getSection47Enquiries().removeIf(e -> after(e.getStart(), asOf));
        c.getSection47Enquiries().forEach(e -> e.setCompleted(keep(e.getCompleted(), asOf)));
        c.getConferences().removeIf(x -> after(x.getDate(), asOf));
        c.getVisits().removeIf(v -> after(v.getDate(), asOf));
        c.getPlacements().removeIf(p -> after(p.getStart(), asOf));
        for (Placement p : c.getPlacements()) {
            p.setEnd(keep(p.getEnd(), asOf));
            p.setLongTermFrom(keep(p.getLongTermFrom(), asOf));
            p.setTemporaryApproval(keep(p.getTemporaryApproval(), asOf));
            p.setCarerAssessmentCompleted(keep(p.getCarerAssessmentCompleted(), asOf));
            p.setPlacementPlan(keep(p.getPlacementPlan(), asOf));
            p.setAreaAuthorityNotified(keep(p.getAreaAuthorityNotified(), asOf));
            p.setSiblingAssessment(keep(p.getSiblingAssessment(), asOf));
        }
        c.getPrivateFostering().removeIf(f -> after(f.getNotified(), asOf));
        for (PrivateFostering f : c.getPrivateFostering()) {
            f.setFirstVisit(keep(f.getFirstVisit(), asOf));
            f.setAssessmentCompleted(keep(f.getAssessmentCompleted(), asOf));
            f.setEnded(keep(f.getEnded(), asOf));
        }
        c.getHealthAssessments().removeIf(h -> after(h.getDate(), asOf));
        c.getEducationPlans().removeIf(e -> after(e.getDate(), asOf));
        c.getManagementOversight().removeIf(o -> after(o.getDate(), asOf));
        c.getClosures().removeIf(x -> after(x.getDate(), asOf));
        c.getCareProceedings().removeIf(x -> after(x.getIssued(), asOf));
        c.getCareProceedings().forEach(x -> x.setConcluded(keep(x.getConcluded(), asOf)));
        c.setChronologyUpdated(keep(c.getChronologyUpdated(), asOf));
        c.evaluatedAsOf(asOf);
        c.setLifeStoryWorkStarted(keep(c.getLifeStoryWorkStarted(), asOf));
        AdoptionMilestones a = c.getAdoption();
        if (a != null) {
            a.setFamilyFindingStarted(keep(a.getFamilyFindingStarted(), asOf));
            a.setAgencyDecisionMakerDecision(keep(a.getAgencyDecisionMakerDecision(), asOf));
            a.setPlacementOrder(keep(a.getPlacementOrder(), asOf));
            a.setMatched(keep(a.getMatched(), asOf));
            if (after(a.getPlaced(), asOf)) {
                a.setPlaced(null);
                a.setPlacedWithFosterCarers(null);
            }
            a.setAdoptionOrder(keep(a.getAdoptionOrder(), asOf));
            a.setFosterToAdoptPlacement(keep(a.getFosterToAdoptPlacement(), asOf));
            a.setLifeStoryBook(keep(a.getLifeStoryBook(), asOf));
            a.setLaterLifeLetter(keep(a.getLaterLifeLetter(), asOf));
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
