package uk.practicecheck.annexa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleSource;

/**
 * The documentation of the Annex A mapping, made from {@link AnnexAColumn} itself so that it
 * cannot drift: Annex A list and column, the case fields it feeds, whether completely, and the
 * rules that use those fields.
 *
 * <p>A rule "uses" a field when its DRL names the field path as a string literal: the path it
 * hands to {@code done}, {@code require} or {@code requireWhere}, which is what makes the rule
 * say "cannot tell" when the field is not held. A rule that reads a field without naming it is
 * not found this way.
 */
public final class MappingTable {
    private static final Pattern QUOTED_PATH = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)*)\"");

    private MappingTable() {
    }

    /** For each case field path, the ids of the rules whose DRL names it. */
    public static Map<String, Set<String>> rulesByField(RuleBook ruleBook, List<RuleSource> sources) {
        Set<String> paths = HeldFields.allPaths();
        Map<String, Set<String>> rulesByField = new TreeMap<>();
        for (RuleSource source : sources) {
            List<String> ids = ruleBook.rules().stream().filter(r -> r.file().equals(source.displayPath()))
                    .map(RuleInfo::id).toList();
            Matcher m = QUOTED_PATH.matcher(source.text());
            while (m.find()) {
                if (paths.contains(m.group(1))) {
                    rulesByField.computeIfAbsent(m.group(1), k -> new TreeSet<>()).addAll(ids);
                }
            }
        }
        return rulesByField;
    }

    /** The mapping table in Markdown, one row a column, list by list. */
    public static String markdown(Map<String, Set<String>> rulesByField) {
        StringBuilder out = new StringBuilder();
        out.append("| Annex A list | Column (other headings accepted) | Case summary fields | Held | Rules that use the fields | Notes |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (AnnexAColumn column : AnnexAColumn.values()) {
            List<String> fields = new ArrayList<>(column.completeFields());
            fields.addAll(column.partialFields());
            Set<String> rules = new TreeSet<>();
            fields.forEach(f -> rules.addAll(rulesByField.getOrDefault(f, Set.of())));
            out.append("| ").append(lists(column))
                    .append(" | ").append(headings(column))
                    .append(" | ").append(fields.isEmpty() ? "none" : fields.stream().map(f -> "`" + f + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(held(column))
                    .append(" | ").append(rules.isEmpty() ? "none" : rules.stream().map(r -> "`" + r + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(escape(column.note()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /**
     * What each rule can and cannot judge from an Annex A workbook, in Markdown, one row a rule:
     * the case fields it names or judges that a workbook with every mapped column holds, those it
     * holds for a child only from the child's latest date on (the latest visit, review, review
     * conference, pathway plan review, current placement), and those it does not hold (where the
     * rule needs one of those, it says "cannot tell" for a child it applies to).
     */
    public static String ruleMarkdown(RuleBook ruleBook, Map<String, Set<String>> rulesByField) {
        Map<String, Set<String>> fieldsByRule = new TreeMap<>();
        rulesByField.forEach((field, ids) -> ids.forEach(id -> fieldsByRule.computeIfAbsent(id, k -> new TreeSet<>())
                .add(field)));
        Set<String> held = HeldFields.heldAtBest();
        Set<String> fromLatest = new TreeSet<>();
        CaseAssembler.HELD_FROM_LATEST.values().forEach(fromLatest::addAll);
        StringBuilder out = new StringBuilder();
        out.append("| Rule | Applies to | Judged from Annex A | From each child's latest date on | Not in Annex A | What a workbook can give |\n");
        out.append("|---|---|---|---|---|---|\n");
        ruleBook.rules().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).forEach(rule -> {
            Set<String> fields = new TreeSet<>(fieldsByRule.getOrDefault(rule.id(), Set.of()));
            fields.addAll(rule.judges());
            List<String> judged = fields.stream().filter(held::contains).toList();
            List<String> latest = fields.stream().filter(f -> !held.contains(f) && fromLatest.contains(f)).toList();
            List<String> missing = fields.stream().filter(f -> !held.contains(f) && !fromLatest.contains(f)).toList();
            out.append("| `").append(rule.id()).append("` | ").append(escape(rule.appliesTo() == null ? "" : rule.appliesTo()))
                    .append(" | ").append(codes(judged)).append(" | ").append(codes(latest))
                    .append(" | ").append(codes(missing)).append(" | ").append(canGive(judged, latest, missing))
                    .append(" |\n");
        });
        return out.toString();
    }

    private static String canGive(List<String> judged, List<String> latest, List<String> missing) {
        if (judged.isEmpty() && latest.isEmpty()) {
            return "cannot tell where it applies";
        }
        if (!missing.isEmpty()) {
            return "met, not met or not yet due where the facts Annex A holds decide it; otherwise cannot tell";
        }
        if (!latest.isEmpty()) {
            return "met, not met or not yet due for what falls due after the child's latest date (where the workbook"
                    + " gives one); cannot tell for what fell due before it";
        }
        return "met, not met or not yet due";
    }

    private static String codes(List<String> fields) {
        return fields.isEmpty() ? "none" : fields.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "));
    }

    /** The fields held when a workbook has every mapped column, as a Markdown list. */
    public static String heldFields() {
        return HeldFields.heldAtBest().stream().map(f -> "- `" + f + "`").collect(Collectors.joining("\n")) + "\n";
    }

    private static String lists(AnnexAColumn column) {
        if (column.lists().size() == 1) {
            return column.lists().iterator().next().label();
        }
        return "Lists " + column.lists().stream().map(l -> String.valueOf(l.number())).collect(Collectors.joining(", "));
    }

    private static String headings(AnnexAColumn column) {
        String variants = column.aliases().isEmpty() ? "" : " (" + String.join("; ", column.aliases()) + ")";
        return escape(column.heading()) + escape(variants);
    }

    private static String held(AnnexAColumn column) {
        if (column.isUnused()) {
            return column.isRead() ? "warning only" : "not used";
        }
        if (column.partialFields().isEmpty()) {
            return "complete";
        }
        if (column.completeFields().isEmpty()) {
            return "partial: not held";
        }
        return "complete: " + String.join(", ", column.completeFields()) + "; partial: "
                + String.join(", ", column.partialFields());
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
