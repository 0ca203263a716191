package uk.practicecheck.indicator;

import java.util.Arrays;
import java.util.List;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;

/**
 * Tells "nothing to count" from "the source cannot say". A case that adds nothing to an indicator
 * may still belong to what it counts when its source holds none of what would show it: an SSDA903
 * return holds no section 47 enquiries or conferences, so a child in it may have had an initial
 * conference the return does not show, and a Children in Need census holds no looked-after reviews
 * or placements. Such a case is counted as not held, so that an indicator from a source that holds
 * none of what it needs reads "not held", never "none judged".
 *
 * <p>The {@value #NEEDS} setting names the collections (case-summary paths) that show who the
 * indicator counts; a case is silent when its source holds none of them, neither whole nor from a day
 * on, and does not hold every legal status either (which alone would say the child is not one of them).
 */
final class SourceSilence implements Measure {
    /** The setting naming the collections that show who an indicator counts, separated by commas. */
    static final String NEEDS = "needs";

    private final Measure measure;
    private final List<String> needs;

    private SourceSilence(Measure measure, List<String> needs) {
        this.measure = measure;
        this.needs = needs;
    }

    /** The measure, telling silence from nothing to count when {@code needs} names what shows who it counts. */
    static Measure of(Measure measure, String needs) {
        if (needs == null) {
            return measure;
        }
        List<String> paths = Arrays.stream(needs.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("the setting '" + NEEDS + "' names no collection");
        }
        return new SourceSilence(measure, paths);
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        measure.count(c, result, period, into);
        if (into.isEmpty() && !c.holds("legalStatuses")
                && needs.stream().noneMatch(path -> c.holds(path) || c.heldFrom(path) != null)) {
            into.notHeld();
        }
    }
}
