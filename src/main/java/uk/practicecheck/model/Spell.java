package uk.practicecheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An unbroken stretch of time covered by one or more legal statuses, say a child protection plan,
 * or the case being open at all. Statuses that overlap or follow on the next day make one spell.
 */
public final class Spell {
    private final LocalDate start;
    private final LocalDate end;

    public Spell(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /** The spells made by the given statuses; statuses without a start are ignored. */
    public static List<Spell> of(List<LegalStatus> statuses) {
        List<LegalStatus> dated = statuses.stream().filter(s -> s.getStart() != null)
                .sorted(Comparator.comparing(LegalStatus::getStart)).toList();
        List<Spell> spells = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (LegalStatus status : dated) {
            if (start != null && end != null && status.getStart().isAfter(end.plusDays(1))) {
                spells.add(new Spell(start, end));
                start = null;
            }
            if (start == null) {
                start = status.getStart();
                end = status.getEnd();
            } else if (end != null && (status.getEnd() == null || status.getEnd().isAfter(end))) {
                end = status.getEnd();
            }
        }
        if (start != null) {
            spells.add(new Spell(start, end));
        }
        return List.copyOf(spells);
    }

    public LocalDate getStart() { return start; }
    /** The last day of the spell; absent while it continues. */
    public LocalDate getEnd() { return end; }

    public boolean isOngoing() { return end == null; }

    /** Whether the day falls within the spell. */
    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** "from 2026-01-05" or "from 2026-01-05 to 2026-06-30". */
    public String span() {
        return "from " + start + (end == null ? "" : " to " + end);
    }
}
