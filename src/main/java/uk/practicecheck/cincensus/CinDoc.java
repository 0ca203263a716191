package uk.practicecheck.cincensus;

import java.util.Set;
import java.util.stream.Collectors;

/** The documentation of the census mapping, made from {@link CinMapping} itself so that it cannot drift. */
public final class CinDoc {
    private CinDoc() {
    }

    /** The fields the census holds for a child first referred within its year. */
    public static Set<String> heldAtBest() {
        return CinCensus.held(true);
    }

    /** The mapping in Markdown, one row an element group. */
    public static String mappingTable() {
        StringBuilder out = new StringBuilder();
        out.append("| Element group | Elements | Case summary fields | Held | Notes |\n");
        out.append("|---|---|---|---|---|\n");
        for (CinMapping mapping : CinMapping.values()) {
            out.append("| ").append(mapping.group())
                    .append(" | ").append(mapping.elements())
                    .append(" | ").append(mapping.fields().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
                    .append(" | ").append(switch (mapping.coverage()) {
                        case COMPLETE -> "complete";
                        case HISTORY -> "complete when the child's first referral in the census is within its year";
                        case PARTIAL -> "partial: not held";
                    })
                    .append(" | ").append(mapping.note()).append(" |\n");
        }
        return out.toString();
    }
}
