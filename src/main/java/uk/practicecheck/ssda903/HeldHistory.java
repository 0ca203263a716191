package uk.practicecheck.ssda903;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.practicecheck.annexa.HeldFields;

/**
 * Which case fields a return holds for a child. A field is held when a table present in the
 * (latest) return feeds it and no table feeds it only in part; the fields of the years' history
 * (reviews, placements, missing episodes, adoption steps) are held only for a child whose care
 * began within the years the returns cover, because for a child already looked after before them
 * the earlier reviews and placements are not in the return, and a rule would count them as missed.
 */
final class HeldHistory {
    private final Set<Ssda903Table> tables;
    private final LocalDate heldFrom;
    /** The few different notHeld sets, shared by the cases (read-only): one for each answer to what is known of a child. */
    private final Map<List<Boolean>, Set<String>> notHeldSets = new HashMap<>();

    HeldHistory(Set<Ssda903Table> tables, LocalDate heldFrom) {
        this.tables = tables;
        this.heldFrom = heldFrom;
    }

    /** The first day of the history the returns hold; null when no return has dates to tell. */
    LocalDate heldFrom() {
        return heldFrom;
    }

    /** Whether a child who started to be looked after on {@code careStart} has all their history in the returns. */
    boolean wholeHistory(LocalDate careStart) {
        return careStart != null && heldFrom != null && !careStart.isBefore(heldFrom);
    }

    /** The fields to list in a child's {@code notHeld}, in name order; a set not to be changed, as cases share it. */
    Set<String> notHeld(boolean wholeHistory, boolean adopted) {
        return notHeldSets.computeIfAbsent(List.of(wholeHistory, adopted), k -> {
            Set<String> notHeld = new TreeSet<>(HeldFields.allPaths());
            notHeld.removeAll(held(tables, wholeHistory, adopted));
            return Collections.unmodifiableSet(new LinkedHashSet<>(notHeld));
        });
    }

    /** The fields held, given the tables present and what is known of the child. */
    static Set<String> held(Set<Ssda903Table> tables, boolean wholeHistory, boolean adopted) {
        Set<String> held = new TreeSet<>();
        Set<String> partial = new TreeSet<>();
        for (Ssda903Mapping mapping : Ssda903Mapping.values()) {
            boolean feeds = switch (mapping.coverage()) {
                case COMPLETE -> true;
                case HISTORY -> wholeHistory;
                case ADOPTED_ONLY -> adopted;
                case PARTIAL -> false;
            };
            if (mapping.coverage() == Ssda903Mapping.Coverage.PARTIAL) {
                partial.addAll(mapping.fields());
            } else if (feeds && tables.contains(mapping.table())) {
                held.addAll(mapping.fields());
            }
        }
        held.removeAll(partial);
        return held;
    }
}
