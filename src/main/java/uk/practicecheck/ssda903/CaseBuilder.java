package uk.practicecheck.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.practicecheck.model.AdoptionMilestones;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.MissingEpisode;
import uk.practicecheck.model.MissingFrom;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.Review;
import uk.practicecheck.model.ReviewType;
import uk.practicecheck.returns.CollectionPeriod;

/** Builds one child's case summary from what the return's tables say about them. */
final class CaseBuilder {
    private final ChildFacts child;
    private final HeldHistory held;
    private final List<CollectionPeriod> periods;
    private final CaseSummary summary = new CaseSummary();
    private final List<String> warnings = new ArrayList<>();

    /** A case and the warnings made in building it. */
    record Built(CaseSummary summary, List<String> warnings) {
    }

    CaseBuilder(ChildFacts child, HeldHistory held, List<CollectionPeriod> periods) {
        this.child = child;
        this.held = held;
        this.periods = periods;
    }

    Built build() {
        summary.setSchemaVersion("1");
        summary.setCaseId(child.childId);
        summary.setDateOfBirth(child.dateOfBirth);
        warnings.addAll(child.warnings);
        List<ChildFacts.Episode> episodes = episodes();
        lookedAfter(episodes);
        placements(episodes);
        adoption(episodes);
        reviews();
        missing();
        careLeaver();
        socialWorker();
        unaccompanied();
        LocalDate careStart = episodes.isEmpty() || !"S".equals(episodes.get(0).reasonNew()) ? null : episodes.get(0).start();
        boolean wholeHistory = held.wholeHistory(careStart);
        summary.setNotHeld(held.notHeld(wholeHistory, child.adopted != null));
        summary.setHeldFrom(held.heldFrom(wholeHistory));
        return new Built(summary, warnings);
    }

    /**
     * The child's worker: the social worker of the latest social worker episode (SWEpisodes), the
     * one allocated at the end of the return's year, or last allocated before the child left care.
     */
    private void socialWorker() {
        child.socialWorkers.stream().max(Comparator.comparing(ChildFacts.SocialWorker::start))
                .ifPresent(latest -> summary.setWorker(latest.id()));
    }

    /**
     * Whether the child is, or was, an unaccompanied asylum seeker: as the UASC table says; a child
     * not in it, in a return that has it, is not one; without the table, not recorded (and not held).
     */
    private void unaccompanied() {
        if (child.inUascTable) {
            summary.setUnaccompaniedAsylumSeeking(child.unaccompanied);
        } else if (held.hasTable(Ssda903Table.UASC)) {
            summary.setUnaccompaniedAsylumSeeking(Boolean.FALSE);
        }
    }

    /** How recent a return is: a later collection year ranks higher; a return without dates lowest. */
    private LocalDate rank(int returnIndex) {
        CollectionPeriod period = returnIndex < periods.size() ? periods.get(returnIndex) : null;
        return period == null ? LocalDate.MIN : period.end();
    }

    /**
     * The episodes in date order, one a start date: an episode open at the end of one year is in
     * both years' returns, and the later return's account of it (with its end) is the one used.
     */
    private List<ChildFacts.Episode> episodes() {
        Map<LocalDate, ChildFacts.Episode> byStart = new LinkedHashMap<>();
        for (ChildFacts.Episode episode : child.episodes) {
            ChildFacts.Episode other = byStart.get(episode.start());
            if (other == null) {
                byStart.put(episode.start(), episode);
                continue;
            }
            ChildFacts.Episode later = rank(episode.returnIndex()).isAfter(rank(other.returnIndex())) ? episode : other;
            ChildFacts.Episode earlier = later == episode ? other : episode;
            if (!Objects.equals(later.legalStatus(), earlier.legalStatus()) || !Objects.equals(later.place(), earlier.place())) {
                warnings.add(later.where() + " and " + earlier.where() + " both give an episode starting " + episode.start()
                        + " but with a different legal status or placement; " + later.where() + " (the later return) was used");
            }
            byStart.put(episode.start(), later);
        }
        List<ChildFacts.Episode> sorted = new ArrayList<>(byStart.values());
        sorted.sort(Comparator.comparing(ChildFacts.Episode::start));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            ChildFacts.Episode episode = sorted.get(i);
            if (episode.end() == null) {
                warnings.add(episode.where() + " is still open, but a later episode starts " + sorted.get(i + 1).start()
                        + "; it was taken to end then");
                sorted.set(i, new ChildFacts.Episode(episode.start(), sorted.get(i + 1).start(), episode.reasonNew(),
                        episode.legalStatus(), episode.place(), Ssda903Codes.CONTINUES, episode.returnIndex(), episode.where()));
            }
        }
        return sorted;
    }

    /** Whether {@code next} carries straight on from {@code previous}: the child stayed looked after. */
    private static boolean continues(ChildFacts.Episode previous, ChildFacts.Episode next) {
        return previous != null && previous.end() != null && !next.start().isAfter(previous.end())
                && !"S".equals(next.reasonNew());
    }

    private void lookedAfter(List<ChildFacts.Episode> episodes) {
        LegalStatus current = null;
        ChildFacts.Episode previous = null;
        for (ChildFacts.Episode episode : episodes) {
            if (current == null || !continues(previous, episode) || !Objects.equals(previous.legalStatus(), episode.legalStatus())) {
                current = LegalStatus.of(LegalStatusType.LOOKED_AFTER, episode.start(), null, basis(episode.legalStatus()));
                summary.getLegalStatuses().add(current);
            }
            current.setEnd(episode.end());
            String reason = episode.reasonCeased();
            current.setEndReason(episode.end() == null || Ssda903Codes.CONTINUES.equals(reason) ? null : reason);
            previous = episode;
        }
    }

    private static String basis(String legalStatus) {
        if (legalStatus == null) {
            return null;
        }
        String words = Ssda903Codes.LEGAL_STATUS.get(legalStatus);
        return words == null ? legalStatus : words + " (" + legalStatus + ")";
    }

    private void placements(List<ChildFacts.Episode> episodes) {
        Placement current = null;
        ChildFacts.Episode previous = null;
        for (ChildFacts.Episode episode : episodes) {
            PlacementType type = Ssda903Codes.placementType(episode.place());
            boolean sameCarers = continues(previous, episode) && !Ssda903Codes.NEW_CARERS.contains(episode.reasonNew());
            if (current == null || !sameCarers || current.getType() != type) {
                current = new Placement();
                current.setStart(episode.start());
                current.setType(type);
                current.setShortBreak(Ssda903Codes.SHORT_BREAKS.contains(episode.legalStatus()));
                summary.getPlacements().add(current);
            }
            if (current.getLongTermFrom() == null && Ssda903Codes.LONG_TERM.contains(episode.place())) {
                current.setLongTermFrom(episode.start());
            }
            current.setEnd(episode.end());
            previous = episode;
        }
    }

    private void adoption(List<ChildFacts.Episode> episodes) {
        AdoptionMilestones adoption = new AdoptionMilestones();
        ChildFacts.Episode previous = null;
        for (ChildFacts.Episode episode : episodes) {
            boolean statusChanged = previous == null ? "S".equals(episode.reasonNew())
                    : !continues(previous, episode) || !Objects.equals(previous.legalStatus(), episode.legalStatus());
            boolean placementChanged = previous == null ? "S".equals(episode.reasonNew())
                    : !continues(previous, episode) || !Objects.equals(previous.place(), episode.place());
            String ls = episode.legalStatus();
            String place = episode.place();
            if (adoption.getPlacementOrder() == null && statusChanged && ("E1".equals(ls) || "D1".equals(ls))) {
                adoption.setPlacementOrder(episode.start());
            }
            if (adoption.getPlaced() == null && placementChanged && Ssda903Codes.placementType(place) == PlacementType.ADOPTIVE) {
                adoption.setPlaced(episode.start());
                adoption.setPlacedWithFosterCarers(Ssda903Codes.ADOPTION_WITH_FOSTER_CARERS.contains(place));
            }
            if (adoption.getFosterToAdoptPlacement() == null && placementChanged && Ssda903Codes.FOSTER_TO_ADOPT.contains(place)) {
                adoption.setFosterToAdoptPlacement(episode.start());
            }
            if (episode.end() != null && Ssda903Codes.ADOPTED.contains(episode.reasonCeased())) {
                adoption.setAdoptionOrder(episode.end());
            }
            previous = episode;
        }
        decision(adoption);
        ChildFacts.Adopted adopted = child.adopted;
        if (adopted != null) {
            adoption.setMatched(adopted.matched());
            if (adoption.getPlacedWithFosterCarers() == null) {
                adoption.setPlacedWithFosterCarers(adopted.fosterCarers());
            }
        }
        if (adoption.getPlacementOrder() != null || adoption.getPlaced() != null || adoption.getFosterToAdoptPlacement() != null
                || adoption.getAdoptionOrder() != null || adoption.getAgencyDecisionMakerDecision() != null
                || adoption.getMatched() != null) {
            summary.setAdoption(adoption);
        }
    }

    /** The decision that the child should be placed for adoption: the latest not reversed. */
    private void decision(AdoptionMilestones adoption) {
        ChildFacts.AdoptionDecision standing = null;
        for (ChildFacts.AdoptionDecision decision : child.adoptionDecisions) {
            if (decision.ceased() != null) {
                warnings.add(decision.where() + ": the decision of " + decision.decided() + " that the child should be placed"
                        + " for adoption was reversed on " + decision.ceased()
                        + (decision.reason() == null ? "" : " (reason " + decision.reason() + ")"));
            } else if (standing == null || decision.decided().isAfter(standing.decided())) {
                standing = decision;
            }
        }
        ChildFacts.Adopted adopted = child.adopted;
        if (standing != null) {
            adoption.setAgencyDecisionMakerDecision(standing.decided());
            if (adopted != null && adopted.decided() != null && !adopted.decided().equals(standing.decided())) {
                warnings.add(adopted.where() + " dates the decision that the child should be placed for adoption "
                        + adopted.decided() + ", not " + standing.decided() + " as " + standing.where() + " does; "
                        + standing.decided() + " was used");
            }
        } else if (adopted != null && adopted.decided() != null && child.adoptionDecisions.isEmpty()) {
            adoption.setAgencyDecisionMakerDecision(adopted.decided());
        }
    }

    private void reviews() {
        child.reviews.stream()
                .sorted(Comparator.comparing(ChildFacts.ReviewRow::date)
                        .thenComparing(r -> rank(r.returnIndex()), Comparator.reverseOrder()))
                .forEach(row -> {
                    List<Review> reviews = summary.getReviews();
                    if (!reviews.isEmpty() && reviews.get(reviews.size() - 1).getDate().equals(row.date())) {
                        return;
                    }
                    Review review = new Review();
                    review.setType(ReviewType.LOOKED_AFTER);
                    review.setDate(row.date());
                    review.setChildViewsRecorded(Ssda903Codes.viewsConveyed(row.participation()));
                    reviews.add(review);
                });
    }

    private void missing() {
        int away = 0;
        List<ChildFacts.MissingRow> rows = new ArrayList<>(child.missing);
        rows.sort(Comparator.comparing(ChildFacts.MissingRow::start).thenComparing(r -> rank(r.returnIndex()), Comparator.reverseOrder()));
        LocalDate last = null;
        for (ChildFacts.MissingRow row : rows) {
            if (row.start().equals(last)) {
                continue;
            }
            last = row.start();
            if ("A".equals(row.kind())) {
                away++;
                continue;
            }
            MissingEpisode episode = new MissingEpisode();
            episode.setFrom(MissingFrom.CARE);
            episode.setStart(row.start().atStartOfDay());
            episode.setEnd(row.end() == null ? null : row.end().atStartOfDay());
            summary.getMissingEpisodes().add(episode);
        }
        if (away > 0) {
            warnings.add(away + (away == 1 ? " period" : " periods") + " away from placement without authorisation"
                    + " (not judged: the case summary has no absences)");
        }
    }

    private void careLeaver() {
        if (child.careLeaver && child.dateOfBirth != null) {
            LocalDate eighteen = child.dateOfBirth.plusYears(18);
            LocalDate end = periods.stream().filter(Objects::nonNull).map(CollectionPeriod::end).max(Comparator.naturalOrder()).orElse(null);
            if (end != null && !eighteen.isAfter(end)) {
                summary.getLegalStatuses().add(LegalStatus.of(LegalStatusType.CARE_LEAVER, eighteen, null, null));
            }
        }
    }
}
