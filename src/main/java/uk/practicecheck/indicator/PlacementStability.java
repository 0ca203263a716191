package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LookedAfterPeriod;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;

/**
 * Children under {@code under} on the last day of the period, looked after then and continuously
 * for at least {@code lookedAfterFor}; of those, the ones in the same placement for at least
 * {@code samePlacementFor}, an adoptive placement counting together with the placement before it.
 * Short breaks are left out. Where the source holds legal statuses or placements only from a day on,
 * a spell or an adoptive placement's earlier placement that may have begun before it is not held.
 */
final class PlacementStability implements Measure {
    private final java.time.Period lookedAfterFor;
    private final java.time.Period samePlacementFor;
    private final java.time.Period under;

    PlacementStability(java.time.Period lookedAfterFor, java.time.Period samePlacementFor, java.time.Period under) {
        this.lookedAfterFor = lookedAfterFor;
        this.samePlacementFor = samePlacementFor;
        this.under = under;
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        LocalDate day = period.to();
        Optional<LookedAfterPeriod> spell = c.getLookedAfterPeriods().stream().filter(p -> p.lookedAfterOn(day)).findFirst();
        if (spell.isEmpty()) {
            return;
        }
        LocalDate statusesFrom = c.heldFrom("legalStatuses.start");
        // A spell starting on or before the day statuses are held from may have begun earlier.
        boolean startKnown = statusesFrom == null || spell.get().getStart().isAfter(statusesFrom);
        boolean longEnough = !spell.get().getStart().isAfter(day.minus(lookedAfterFor));
        if (!longEnough && startKnown) {
            return;
        }
        if (c.getDateOfBirth() == null) {
            into.cannotJudge();
            return;
        }
        if (!c.getDateOfBirth().plus(under).isAfter(day)) {
            return;
        }
        if (!c.holds("placements.start") || !longEnough) {
            into.notHeld();
            return;
        }
        List<Placement> placements = Placements.excludingShortBreaks(c);
        Optional<Placement> current = Placements.on(placements, day);
        if (current.isEmpty()) {
            into.cannotJudge();
            return;
        }
        LocalDate since = current.get().getStart();
        if (current.get().getType() == PlacementType.ADOPTIVE || current.get().getType() == PlacementType.FOSTER_TO_ADOPT) {
            Optional<Placement> before = Placements.before(placements, current.get());
            if (before.isEmpty() && c.heldFrom("placements.start") != null) {
                into.notHeld();
                return;
            }
            since = before.map(Placement::getStart).orElse(since);
        }
        if (since.isAfter(day.minus(samePlacementFor))) {
            into.notMet();
        } else {
            into.met(1);
        }
    }
}
