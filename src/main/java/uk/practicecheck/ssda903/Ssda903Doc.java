package uk.practicecheck.ssda903;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The documentation of the SSDA903 mapping, made from {@link Ssda903Mapping} itself so that it cannot drift. */
public final class Ssda903Doc {
    private Ssda903Doc() {
    }

    /** The fields a return with every table holds for a child whose care began within its years. */
    public static Set<String> heldAtBest() {
        return HeldHistory.held(EnumSet.allOf(Ssda903Table.class), true, true);
    }

    /** The mapping in Markdown, one row a group of columns. */
    public static String mappingTable() {
        StringBuilder out = new StringBuilder();
        out.append("| Table | Columns | Case summary fields | Held | Notes |\n");
        out.append("|---|---|---|---|---|\n");
        for (Ssda903Mapping mapping : Ssda903Mapping.values()) {
            out.append("| ").append(mapping.table().label())
                    .append(" | ").append(mapping.columns())
                    .append(" | ").append(mapping.fields().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(held(mapping.coverage()))
                    .append(" | ").append(mapping.note()).append(" |\n");
        }
        return out.toString();
    }

    private static String held(Ssda903Mapping.Coverage coverage) {
        return switch (coverage) {
            case COMPLETE -> "complete";
            case HISTORY -> "complete when care began within the return's years";
            case ADOPTED_ONLY -> "complete for children adopted in the year";
            case PARTIAL -> "partial: not held";
        };
    }

    /** The tables and the columns the specification gives them. */
    public static String tables() {
        StringBuilder out = new StringBuilder();
        for (Ssda903Table table : Ssda903Table.values()) {
            out.append("- **").append(table.label()).append("**: ").append(String.join(", ", table.columns())).append('\n');
        }
        return out.toString();
    }
}
