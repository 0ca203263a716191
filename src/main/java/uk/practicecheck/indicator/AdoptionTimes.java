package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.AdoptionMilestones;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.LookedAfterPeriod;
import uk.practicecheck.model.Placement;

/**
 * For each child adopted in the period, the days between two points of the adoption journey (the
 * adoption scorecard measures). A child is adopted on the day of the adoption order; where the record
 * has none, on the last day of a spell in care that ended with the reason "adopted" (E11, E12) or
 * that ended after the child was placed for adoption inside it. Where the source holds legal statuses
 * only from a day on, a spell in care that began on or before that day may have begun earlier: the
 * days from entering care are not held.
 */
final class AdoptionTimes implements Measure {
    /** The DfE "reason episode ceased" codes for adoption: E11 (application unopposed) and E12 (opposed). */
    static final Set<String> ADOPTED = Set.of("E11", "E12");

    /** Where the clock starts. */
    enum Start {
        ENTERING_CARE("entering care"),
        PLACEMENT_ORDER("placement order");

        final String words;

        Start(String words) {
            this.words = words;
        }
    }

    /** Where the clock stops. */
    enum End {
        PLACED("placed for adoption"),
        MATCHED("matched"),
        MOVED_IN_WITH_ADOPTERS_AS_CARERS("moved in with the adopters as carers");

        final String words;

        End(String words) {
            this.words = words;
        }
    }

    private final Start start;
    private final End end;

    AdoptionTimes(Start start, End end) {
        this.start = start;
        this.end = end;
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        LocalDate adopted = adoptedOn(c);
        if (adopted == null && !c.holds("adoption.adoptionOrder") && c.getAdoption() != null
                && c.getAdoption().getPlaced() != null) {
            // Placed for adoption, and the source cannot say whether or when the adoption order was made.
            into.notHeld();
            return;
        }
        if (adopted == null || !period.contains(adopted)) {
            return;
        }
        AdoptionMilestones a = c.getAdoption() == null ? new AdoptionMilestones() : c.getAdoption();
        LocalDate from;
        if (start == Start.PLACEMENT_ORDER) {
            from = a.getPlacementOrder();
            if (from == null) {
                return;
            }
        } else {
            from = c.getLookedAfterPeriods().stream().filter(p -> !p.getStart().isAfter(adopted))
                    .map(LookedAfterPeriod::getStart).max(Comparator.naturalOrder()).orElse(null);
            LocalDate statusesFrom = c.heldFrom("legalStatuses.start");
            if (from != null && statusesFrom != null && !from.isAfter(statusesFrom)) {
                into.notHeld();
                return;
            }
        }
        LocalDate to = switch (end) {
            case PLACED -> a.getPlaced();
            case MATCHED -> a.getMatched();
            case MOVED_IN_WITH_ADOPTERS_AS_CARERS -> movedInWithAdopters(c, a);
        };
        if (from == null || to == null) {
            boolean held = c.holds(end == End.MATCHED ? "adoption.matched" : "adoption.placed")
                    && (start == Start.PLACEMENT_ORDER || c.holds("legalStatuses.start"));
            if (held) {
                into.cannotJudge();
            } else {
                into.notHeld();
            }
            return;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 0 && end != End.MATCHED) {
            into.cannotJudge();
            return;
        }
        into.met(Math.max(0, days));
    }

    /**
     * The day the child moved in with the people who adopted them: the foster to adopt placement,
     * or for a child placed for adoption with their foster carers the start of that foster placement;
     * otherwise the day placed for adoption.
     */
    private static LocalDate movedInWithAdopters(CaseSummary c, AdoptionMilestones a) {
        if (a.getFosterToAdoptPlacement() != null) {
            return a.getFosterToAdoptPlacement();
        }
        if (a.getPlaced() != null && Boolean.TRUE.equals(a.getPlacedWithFosterCarers())) {
            List<Placement> placements = Placements.excludingShortBreaks(c);
            return Placements.on(placements, a.getPlaced().minusDays(1)).map(Placement::getStart).orElse(a.getPlaced());
        }
        return a.getPlaced();
    }

    /** The day the child was adopted, by the record; null if it does not show an adoption. */
    static LocalDate adoptedOn(CaseSummary c) {
        AdoptionMilestones a = c.getAdoption();
        if (a != null && a.getAdoptionOrder() != null) {
            return a.getAdoptionOrder();
        }
        for (LookedAfterPeriod spell : c.getLookedAfterPeriods()) {
            LocalDate last = spell.getEnd();
            if (last == null) {
                continue;
            }
            Optional<LegalStatus> ending = c.getLegalStatuses().stream()
                    .filter(s -> s.getStatus() == LegalStatusType.LOOKED_AFTER && last.equals(s.getEnd())).findFirst();
            boolean endedAdopted = ending.map(s -> s.getEndReason() != null
                    && ADOPTED.contains(s.getEndReason().trim().toUpperCase(java.util.Locale.ROOT))).orElse(false);
            boolean placedInside = a != null && a.getPlaced() != null && spell.lookedAfterOn(a.getPlaced())
                    && ending.map(s -> s.getEndReason() == null).orElse(true);
            if (endedAdopted || placedInside) {
                return last;
            }
        }
        return null;
    }
}
