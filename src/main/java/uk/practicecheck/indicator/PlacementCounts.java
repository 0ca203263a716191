package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.util.List;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Placement;

/**
 * Children looked after on the last day of the period, and of those the ones with at least
 * {@code atLeast} placements that lasted into the period. Short breaks are left out; a placement
 * not marked as one is counted. Where the source holds placements only from a day inside the period
 * (a return's first year), a child with fewer is not held: earlier placements in the period may be missing.
 */
final class PlacementCounts implements Measure {
    private final int atLeast;

    PlacementCounts(int atLeast) {
        this.atLeast = atLeast;
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        if (!c.lookedAfterOn(period.to())) {
            return;
        }
        if (!c.holds("placements.start") || !c.holds("placements.end")) {
            into.notHeld();
            return;
        }
        List<Placement> placements = Placements.excludingShortBreaks(c);
        long undated = placements.stream().filter(p -> p.getStart() == null).count();
        long inPeriod = placements.stream().filter(p -> p.getStart() != null && !p.getStart().isAfter(period.to())
                && (p.getEnd() == null || !p.getEnd().isBefore(period.from()))).count();
        LocalDate heldFrom = c.heldFrom("placements.start");
        if (inPeriod >= atLeast) {
            into.met(1);
        } else if (heldFrom != null && heldFrom.isAfter(period.from())) {
            into.notHeld();
        } else if (undated > 0 || inPeriod == 0) {
            into.cannotJudge();
        } else {
            into.notMet();
        }
    }
}
