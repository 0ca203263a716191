package uk.practicecheck.history;

/**
 * What a trend follows: compliance over every rule, one rule or one team, or a cohort indicator.
 *
 * @param table  the result table holding the metric per run, or null for the whole audit
 * @param column its key column
 * @param key    the rule id, team name or indicator id
 */
public record TrendMetric(String words, String table, String column, String key) {

    public static TrendMetric allRules() {
        return new TrendMetric("compliance, all rules", null, null, null);
    }

    public static TrendMetric rule(String id) {
        return new TrendMetric("compliance, rule " + id, "rule_result", "rule_id", id);
    }

    public static TrendMetric team(String name) {
        return new TrendMetric("compliance, team " + name, "team_result", "team", name);
    }

    public static TrendMetric indicator(String id) {
        return new TrendMetric("indicator " + id, "indicator_result", "indicator_id", id);
    }

    boolean isIndicator() {
        return "indicator_result".equals(table);
    }
}
