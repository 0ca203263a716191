package uk.practicecheck.indicator;

import java.util.List;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Placement;

/**
 * Children looked after on the last day of the period, and of those the ones with at least
 * {@code atLeast} placements that lasted into the period. Short breaks are left out; a placement
 * not marked as one is counted.
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
        if (inPeriod >= atLeast) {
            into.met(1);
        } else if (undated > 0 || inPeriod == 0) {
            into.cannotJudge();
        } else {
            into.notMet();
        }
    }
}
