package uk.practicecheck.returns;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far each rule can be judged from each source: fully when the source holds every field the
 * rule names, partly when it holds some, not when it holds none. Worked out from the fields each
 * rule's DRL names (the paths it hands to {@code done}, {@code require} or {@code requireWhere})
 * and the fields each source holds at best, so the table cannot drift from the code.
 */
public final class SourceCoverage {
    private SourceCoverage() {
    }

    /**
     * The table in Markdown: a row a rule, a column a source.
     *
     * @param rulesByField for each field path, the ids of the rules that name it
     * @param heldBySource for each source (in column order), the fields it holds at best
     */
    public static String markdown(Map<String, Set<String>> rulesByField, Map<String, Set<String>> heldBySource) {
        Map<String, Set<String>> fieldsByRule = new TreeMap<>();
        rulesByField.forEach((field, rules) -> rules.forEach(r -> fieldsByRule.computeIfAbsent(r, k -> new TreeSet<>()).add(field)));
        StringBuilder out = new StringBuilder("| Rule | Fields it names |");
        heldBySource.keySet().forEach(source -> out.append(' ').append(source).append(" |"));
        out.append("\n|---|---|").append("---|".repeat(heldBySource.size())).append('\n');
        for (Map.Entry<String, Set<String>> rule : fieldsByRule.entrySet()) {
            out.append("| `").append(rule.getKey()).append("` | ")
                    .append(rule.getValue().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "))).append(" |");
            for (Set<String> held : heldBySource.values()) {
                out.append(' ').append(verdict(rule.getValue(), held)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String verdict(Set<String> fields, Set<String> held) {
        List<String> missing = fields.stream().filter(f -> !held.contains(f)).toList();
        if (missing.isEmpty()) {
            return "fully";
        }
        if (missing.size() == fields.size()) {
            return "not";
        }
        return "partly (not " + String.join(", ", missing) + ")";
    }
}
