package uk.practicecheck.history;

/**
 * What a trend follows: every rule together, one rule, or one team.
 *
 * @param table  the result table holding the metric per run, or null for the whole audit
 * @param column its key column
 * @param key    the rule id or team name
 */
public record TrendMetric(String words, String table, String column, String key) {

    public static TrendMetric allRules() {
        return new TrendMetric("all rules", null, null, null);
    }

    public static TrendMetric rule(String id) {
        return new TrendMetric("rule " + id, "rule_result", "rule_id", id);
    }

    public static TrendMetric team(String name) {
        return new TrendMetric("team " + name, "team_result", "team", name);
    }
}
