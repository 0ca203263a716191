package uk.practicecheck.history;

import java.util.List;

/**
 * A metric across the recorded runs of one population, oldest first.
 *
 * @param metric     what is measured, in words ("compliance, all rules", "indicator la-reviews-on-time")
 * @param population the population whose runs are shown
 * @param unit       what the values are
 */
public record Trend(String metric, String population, Unit unit, List<TrendPoint> points) {

    /** The unit of a trend's values. */
    public enum Unit {
        /** 0 to 100. */
        PERCENT,
        /** An average number of days. */
        DAYS,
        /** A count. */
        NUMBER
    }

    public Trend {
        points = List.copyOf(points);
    }
}
