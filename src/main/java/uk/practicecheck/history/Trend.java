package uk.practicecheck.history;

import java.util.List;

/**
 * A compliance rate across the recorded runs of one population, oldest first.
 *
 * @param metric     what is measured, in words ("all rules", "rule lookedafter.reviews-on-time", "team Assessment Team 1")
 * @param population the population whose runs are shown
 */
public record Trend(String metric, String population, List<TrendPoint> points) {
    public Trend {
        points = List.copyOf(points);
    }
}
