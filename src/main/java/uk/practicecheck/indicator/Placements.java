package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Placement;

/** Placement look-ups the stability measures share. */
final class Placements {
    private Placements() {
    }

    /** The child's placements except those marked as short breaks. */
    static List<Placement> excludingShortBreaks(CaseSummary c) {
        return c.getPlacements().stream().filter(p -> !Boolean.TRUE.equals(p.getShortBreak())).toList();
    }

    /** The dated placement the child was in on {@code day} (the latest to start, if several), if any. */
    static Optional<Placement> on(List<Placement> placements, LocalDate day) {
        return placements.stream()
                .filter(p -> p.getStart() != null && !p.getStart().isAfter(day) && (p.getEnd() == null || !p.getEnd().isBefore(day)))
                .max(Comparator.comparing(Placement::getStart));
    }

    /** The dated placement that started last before {@code placement}, if any. */
    static Optional<Placement> before(List<Placement> placements, Placement placement) {
        return placements.stream().filter(p -> p.getStart() != null && p.getStart().isBefore(placement.getStart()))
                .max(Comparator.comparing(Placement::getStart));
    }
}
