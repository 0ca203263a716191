package uk.practicecheck.ssda903;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.practicecheck.annexa.HeldFields;

/**
 * Which case fields a return holds for a child. A field is held when a table present in the
 * (latest) return feeds it and no table feeds it only in part. The fields of the years' history
 * (reviews, placements, missing episodes, adoption steps) are held completely for a child whose
 * care began within the years the returns cover. For a child already looked after before them,
 * the earlier reviews, placements and missing episodes are not in the return: those collections
 * are held only from the first day of the years ({@code heldFrom}), so that rules judge what fell
 * due after it and say "cannot tell" of what fell due before; the adoption steps, single dates a
 * rule may take as never reached, are not held.
 */
final class HeldHistory {
    /** The collections a return holds every item of from the first day of its years on. */
    private static final Set<String> FROM_THE_YEARS = Set.of("reviews", "placements", "missingEpisodes");

    private final Set<Ssda903Table> tables;
    private final LocalDate heldFrom;
    /** The few different notHeld sets, shared by the cases (read-only): one for each answer to what is known of a child. */
    private final Map<List<Boolean>, Set<String>> notHeldSets = new HashMap<>();
    /** The heldFrom map the cases of children with part of their history share (read-only); made when first needed. */
    private Map<String, LocalDate> partHistory;

    HeldHistory(Set<Ssda903Table> tables, LocalDate heldFrom) {
        this.tables = tables;
        this.heldFrom = heldFrom;
    }

    /** The first day of the history the returns hold; null when no return has dates to tell. */
    LocalDate heldFrom() {
        return heldFrom;
    }

    /** Whether the (latest) return has the table. */
    boolean hasTable(Ssda903Table table) {
        return tables.contains(table);
    }

    /** Whether a child who started to be looked after on {@code careStart} has all their history in the returns. */
    boolean wholeHistory(LocalDate careStart) {
        return careStart != null && heldFrom != null && !careStart.isBefore(heldFrom);
    }

    /** The fields to list in a child's {@code notHeld}, in name order; a set not to be changed, as cases share it. */
    Set<String> notHeld(boolean wholeHistory, boolean adopted) {
        return notHeldSets.computeIfAbsent(List.of(wholeHistory, adopted), k -> {
            Set<String> notHeld = new TreeSet<>(HeldFields.allPaths());
            notHeld.removeAll(held(tables, wholeHistory, adopted, heldFrom != null));
            return Collections.unmodifiableSet(new LinkedHashSet<>(notHeld));
        });
    }

    /**
     * The collections held only from the first day of the years, with that day, for a child whose
     * history began before them: empty for a child whose whole history is held, or when the
     * returns' years are unknown. A set not to be changed, as cases share it.
     */
    Map<String, LocalDate> heldFrom(boolean wholeHistory) {
        if (wholeHistory || heldFrom == null) {
            return Map.of();
        }
        if (partHistory == null) {
            Map<String, LocalDate> from = new TreeMap<>();
            for (Ssda903Mapping mapping : Ssda903Mapping.values()) {
                String collection = collection(mapping);
                if (mapping.coverage() == Ssda903Mapping.Coverage.HISTORY && FROM_THE_YEARS.contains(collection)
                        && tables.contains(mapping.table())) {
                    from.put(collection, heldFrom);
                }
            }
            if (tables.contains(Ssda903Table.EPISODES)) {
                // Not held (the case's legal statuses are more than looked-after periods), but a measure
                // reading them learns that the first spell held may have begun before the years.
                from.put("legalStatuses", heldFrom);
            }
            partHistory = Collections.unmodifiableMap(from);
        }
        return partHistory;
    }

    /** The collection (or object) a mapping's fields belong to: {@code reviews} for {@code reviews.date}. */
    private static String collection(Ssda903Mapping mapping) {
        String first = mapping.fields().get(0);
        int dot = first.indexOf('.');
        return dot < 0 ? first : first.substring(0, dot);
    }

    /** The fields held, given the tables present and what is known of the child, with the whole history known. */
    static Set<String> held(Set<Ssda903Table> tables, boolean wholeHistory, boolean adopted) {
        return held(tables, wholeHistory, adopted, true);
    }

    /**
     * The fields held, given the tables present and what is known of the child.
     *
     * @param yearsKnown whether the returns' years are known, so that a child's history before them is
     *                   held from their first day on ({@link #heldFrom(boolean)})
     */
    static Set<String> held(Set<Ssda903Table> tables, boolean wholeHistory, boolean adopted, boolean yearsKnown) {
        Set<String> held = new TreeSet<>();
        Set<String> partial = new TreeSet<>();
        for (Ssda903Mapping mapping : Ssda903Mapping.values()) {
            boolean feeds = switch (mapping.coverage()) {
                case COMPLETE -> true;
                case HISTORY -> wholeHistory || yearsKnown && FROM_THE_YEARS.contains(collection(mapping));
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
