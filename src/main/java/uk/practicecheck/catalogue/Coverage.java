package uk.practicecheck.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.practicecheck.catalogue.Recommendation.Level;
import uk.practicecheck.engine.RuleInfo;

/**
 * Which rules enforce each catalogued recommendation, from the rules' {@code @recommendation}
 * metadata, and, for a case-checkable recommendation no rule enforces, the reason recorded in the
 * catalogue. The rule book is complete when every case or partial recommendation has one or the other
 * and no rule cites an id the catalogue does not have.
 */
public final class Coverage {
    private final RecommendationCatalogue catalogue;
    private final Map<String, List<String>> rulesByRecommendation = new LinkedHashMap<>();
    private final List<String> unknownCitations = new ArrayList<>();
    private final List<RuleInfo> statutoryOnly = new ArrayList<>();

    public Coverage(RecommendationCatalogue catalogue, Collection<RuleInfo> rules) {
        this.catalogue = catalogue;
        rules.stream().filter(rule -> rule.recommendationIds().isEmpty())
                .sorted((a, b) -> a.id().compareTo(b.id())).forEach(statutoryOnly::add);
        catalogue.all().forEach(r -> rulesByRecommendation.put(r.id(), new ArrayList<>()));
        rules.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(rule -> {
            for (String id : new TreeSet<>(rule.recommendationIds())) {
                List<String> citing = rulesByRecommendation.get(id);
                if (citing == null) {
                    unknownCitations.add(rule.id() + " cites " + id + ", which is not in the catalogue");
                } else {
                    citing.add(rule.id());
                }
            }
        });
    }

    /** The ids of the rules that cite a recommendation, in id order; empty when none does. */
    public List<String> rulesFor(String recommendationId) {
        return List.copyOf(rulesByRecommendation.getOrDefault(recommendationId, List.of()));
    }

    /** Rule citations of ids the catalogue does not hold, as sentences. */
    public List<String> unknownCitations() {
        return List.copyOf(unknownCitations);
    }

    /** Rules no recommendation asks for, in id order: they cite their statutory source through the policy. */
    public List<RuleInfo> statutoryOnly() {
        return List.copyOf(statutoryOnly);
    }

    /** One Markdown bullet per rule no recommendation asks for: its id and the policy keys it cites. */
    public String statutoryListing() {
        StringBuilder out = new StringBuilder();
        for (RuleInfo rule : statutoryOnly) {
            out.append("- `").append(rule.id()).append("`: ")
                    .append(rule.statutory().isEmpty() ? "CITES NOTHING"
                            : rule.statutory().stream().map(key -> "`" + key + "`").collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return out.toString();
    }

    /** Case and partial recommendations with neither a rule nor a recorded reason. */
    public List<Recommendation> unaccounted() {
        return catalogue.all().stream()
                .filter(r -> r.caseCheckable() && rulesFor(r.id()).isEmpty() && isBlank(r.notEnforcedReason()))
                .toList();
    }

    /** Recommendations with both a rule and a reason for having none: the reason is stale. */
    public List<Recommendation> staleReasons() {
        return catalogue.all().stream()
                .filter(r -> !rulesFor(r.id()).isEmpty() && !isBlank(r.notEnforcedReason()))
                .toList();
    }

    /**
     * One line per recommendation, in catalogue order: id, level, then the rules that enforce it,
     * the reason none does, or that it cannot be checked on a child's record.
     */
    public String listing() {
        StringBuilder out = new StringBuilder();
        for (Recommendation r : catalogue.all()) {
            List<String> rules = rulesFor(r.id());
            String what;
            if (!rules.isEmpty()) {
                what = String.join(", ", rules);
            } else if (!r.caseCheckable()) {
                what = "not checkable on a child's record";
            } else if (isBlank(r.notEnforcedReason())) {
                what = "NO RULE AND NO REASON";
            } else {
                what = "no rule: " + r.notEnforcedReason();
            }
            out.append(String.format("%-18s %-9s %s%n", r.id(), r.level().word(), what));
        }
        return out.toString();
    }

    /** Counts by source report (in catalogue order) and level: [total, enforced by a rule]. */
    public Map<String, Map<Level, int[]>> countsByReport() {
        Map<String, Map<Level, int[]>> counts = new LinkedHashMap<>();
        for (Recommendation r : catalogue.all()) {
            Map<Level, int[]> byLevel = counts.computeIfAbsent(r.source(), k -> {
                Map<Level, int[]> m = new EnumMap<>(Level.class);
                for (Level level : Level.values()) {
                    m.put(level, new int[2]);
                }
                return m;
            });
            int[] count = byLevel.get(r.level());
            count[0]++;
            if (!rulesFor(r.id()).isEmpty()) {
                count[1]++;
            }
        }
        return counts;
    }

    /** The counts as a Markdown table: for case and partial, "enforced of total". */
    public String summaryTable() {
        StringBuilder out = new StringBuilder("| Source | Report | case (enforced of total) | partial (enforced of total) | service | strategic |\n");
        out.append("|---|---|---:|---:|---:|---:|\n");
        int[][] all = new int[Level.values().length][2];
        for (Map.Entry<String, Map<Level, int[]>> entry : countsByReport().entrySet()) {
            String report = catalogue.all().stream().filter(r -> r.source().equals(entry.getKey()))
                    .findFirst().map(Recommendation::report).orElse("");
            out.append("| `").append(entry.getKey()).append("` | ").append(report);
            for (Level level : Level.values()) {
                int[] count = entry.getValue().get(level);
                all[level.ordinal()][0] += count[0];
                all[level.ordinal()][1] += count[1];
                out.append(" | ").append(cell(level, count));
            }
            out.append(" |\n");
        }
        out.append("| **all** | ");
        for (Level level : Level.values()) {
            out.append(" | **").append(cell(level, all[level.ordinal()])).append("**");
        }
        return out.append(" |\n").toString();
    }

    private static String cell(Level level, int[] count) {
        return level == Level.CASE || level == Level.PARTIAL ? count[1] + " of " + count[0] : String.valueOf(count[0]);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
