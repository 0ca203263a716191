package uk.practicecheck.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorTexts;
import uk.practicecheck.indicator.ShownAs;

/** The SQL that reads a history. */
final class HistoryQueries {
    private static final String COUNTS = "met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error";
    private static final String RUN_COLUMNS = "run_id, recorded_at, as_of, period_start, period_end, population, "
            + "tool_version, rule_book_hash, rule_count, policy_name, policy_hash, pseudonym_key_check, records_read, "
            + "evaluated, rejected, cases_needing_action, " + COUNTS;
    private static final Comparator<RateChange> LARGEST_MOVE_FIRST = Comparator
            .comparing((RateChange c) -> c.change() == null ? -1 : Math.abs(c.change())).reversed()
            .thenComparing(RateChange::name);
    private static final Comparator<CaseChange> MOST_OVERDUE_FIRST = Comparator
            .comparing((CaseChange c) -> c.overdueAfter() == null ? 0 : c.overdueAfter()).reversed()
            .thenComparing(CaseChange::caseKey).thenComparing(CaseChange::ruleId);

    private final Connection connection;

    HistoryQueries(Connection connection) {
        this.connection = connection;
    }

    List<RecordedRun> runs() throws SQLException {
        List<RecordedRun> runs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM audit_run ORDER BY run_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                runs.add(run(rows));
            }
        }
        return runs;
    }

    Optional<RecordedRun> run(long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM audit_run WHERE run_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(run(rows)) : Optional.empty();
            }
        }
    }

    /** The latest run of the population before {@code beforeId} (any, when null). */
    Optional<RecordedRun> latest(String population, Long beforeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM audit_run "
                + "WHERE population = ? AND run_id < ? ORDER BY run_id DESC LIMIT 1")) {
            query.setString(1, population);
            query.setLong(2, beforeId == null ? Long.MAX_VALUE : beforeId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(run(rows)) : Optional.empty();
            }
        }
    }

    private static RecordedRun run(ResultSet rows) throws SQLException {
        return new RecordedRun(rows.getLong("run_id"), Instant.parse(rows.getString("recorded_at")),
                LocalDate.parse(rows.getString("as_of")), date(rows.getString("period_start")),
                date(rows.getString("period_end")), rows.getString("population"), rows.getString("tool_version"),
                rows.getString("rule_book_hash"), rows.getInt("rule_count"), rows.getString("policy_name"),
                rows.getString("policy_hash"), rows.getString("pseudonym_key_check"), rows.getLong("records_read"),
                rows.getLong("evaluated"), rows.getLong("rejected"), rows.getLong("cases_needing_action"), counts(rows));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Counts counts(ResultSet rows) throws SQLException {
        return new Counts(rows.getLong("met"), rows.getLong("not_met"), rows.getLong("not_yet_due"),
                rows.getLong("cannot_tell"), rows.getLong("not_applicable"), rows.getLong("rule_error"));
    }

    /** Counts per key (rule id, team…) of one run from one of the result tables. */
    Map<String, Counts> countsBy(String table, String keyColumn, long runId) throws SQLException {
        Map<String, Counts> byKey = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + keyColumn + ", " + COUNTS + " FROM " + table
                + " WHERE run_id = ? ORDER BY " + keyColumn)) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byKey.put(rows.getString(1), counts(rows));
                }
            }
        }
        return byKey;
    }

    /** Each indicator's figures in a run over the whole cohort, by indicator id. */
    Map<String, Figures> indicatorFigures(long runId) throws SQLException {
        Map<String, Figures> byId = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT indicator_id, " + RunWriter.FIGURES
                + " FROM indicator_result WHERE run_id = ? ORDER BY indicator_id")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byId.put(rows.getString(1), new Figures(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
                }
            }
        }
        return byId;
    }

    /** Each indicator's figures in a run by team, by indicator id then team. */
    Map<String, Map<String, Figures>> indicatorFiguresByTeam(long runId) throws SQLException {
        Map<String, Map<String, Figures>> byId = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT indicator_id, team, " + RunWriter.FIGURES
                + " FROM indicator_team_result WHERE run_id = ? ORDER BY indicator_id, team")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byId.computeIfAbsent(rows.getString(1), id -> new LinkedHashMap<>()).put(rows.getString(2),
                            new Figures(rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6)));
                }
            }
        }
        return byId;
    }

    Comparison compare(RecordedRun before, RecordedRun after, int limit) throws SQLException {
        List<String> cautions = new ArrayList<>();
        Map<String, Counts> rulesBefore = countsBy("rule_result", "rule_id", before.id());
        Map<String, Counts> rulesAfter = countsBy("rule_result", "rule_id", after.id());
        if (!before.population().equals(after.population())) {
            cautions.add("The runs audited different populations: \"" + before.population() + "\" and \""
                    + after.population() + "\".");
        }
        if (!before.ruleBookHash().equals(after.ruleBookHash())) {
            cautions.add(ruleBookCaution(before, after, rulesBefore, rulesAfter));
        }
        if (!before.policyHash().equals(after.policyHash())) {
            cautions.add("The policy changed between the runs (\"" + before.policyName() + "\" in run " + before.id()
                    + ", \"" + after.policyName() + "\" in run " + after.id() + "): timescales may differ, so a rate "
                    + "may have moved because the standard moved.");
        }
        boolean casesMatched = Objects.equals(before.pseudonymKeyCheck(), after.pseudonymKeyCheck());
        if (!casesMatched) {
            cautions.add(before.pseudonymised() && after.pseudonymised()
                    ? "The runs were pseudonymised with different keys, so cases cannot be matched between them: only rates are compared."
                    : "Only one of the runs was pseudonymised, so cases cannot be matched between them: only rates are compared.");
        }
        List<CaseChange> newlyNotMet = new ArrayList<>();
        List<CaseChange> putRight = new ArrayList<>();
        List<CaseChange> stillOutstanding = new ArrayList<>();
        List<CaseChange> noLongerJudged = new ArrayList<>();
        if (casesMatched) {
            for (CaseChange change : shortfalls(before.id(), after.id())) {
                if (change.after() == Outcome.NOT_MET) {
                    (change.before() == Outcome.NOT_MET ? stillOutstanding : newlyNotMet).add(change);
                } else if (change.after() == Outcome.MET) {
                    putRight.add(change);
                } else {
                    noLongerJudged.add(change);
                }
            }
        }
        newlyNotMet.sort(MOST_OVERDUE_FIRST);
        stillOutstanding.sort(MOST_OVERDUE_FIRST);
        Comparator<CaseChange> byCase = Comparator.comparing(CaseChange::caseKey).thenComparing(CaseChange::ruleId);
        putRight.sort(byCase);
        noLongerJudged.sort(byCase);
        return new Comparison(before, after, cautions, casesMatched, newlyNotMet, putRight, stillOutstanding,
                noLongerJudged, change("all rules", before.counts(), after.counts()),
                moves(rulesBefore, rulesAfter, limit),
                moves(countsBy("team_result", "team", before.id()), countsBy("team_result", "team", after.id()), limit));
    }

    private static String ruleBookCaution(RecordedRun before, RecordedRun after, Map<String, Counts> rulesBefore,
                                          Map<String, Counts> rulesAfter) {
        TreeSet<String> added = new TreeSet<>(rulesAfter.keySet());
        added.removeAll(rulesBefore.keySet());
        TreeSet<String> removed = new TreeSet<>(rulesBefore.keySet());
        removed.removeAll(rulesAfter.keySet());
        StringBuilder caution = new StringBuilder("The rule book changed between the runs (version "
                + before.ruleBookVersion() + " in run " + before.id() + ", " + after.ruleBookVersion() + " in run "
                + after.id() + ")");
        if (!added.isEmpty()) {
            caution.append("; rules added: ").append(String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            caution.append("; rules removed: ").append(String.join(", ", removed));
        }
        return caution.append(". A rule's rate may have moved because the rule changed.").toString();
    }

    /** Every (case, rule) not met in either run, with its outcome in the other. */
    private List<CaseChange> shortfalls(long beforeId, long afterId) throws SQLException {
        String results = "SELECT c.case_key, c.team, r.rule_id, r.outcome, r.days_overdue FROM audited_case c "
                + "JOIN case_rule_result r ON r.run_id = c.run_id AND r.position = c.position WHERE c.run_id = ?";
        Map<List<String>, CaseChange> changes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.case_key, a.team, a.rule_id, a.outcome, "
                + "a.days_overdue, b.outcome, b.days_overdue FROM (" + results + ") a LEFT JOIN (" + results + ") b "
                + "ON b.case_key = a.case_key AND b.rule_id = a.rule_id WHERE a.outcome = 'not_met'")) {
            query.setLong(1, beforeId);
            query.setLong(2, afterId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CaseChange change = new CaseChange(rows.getString(1), rows.getString(2), rows.getString(3),
                            Outcome.NOT_MET, overdue(rows, 5), outcome(rows.getString(6)), overdue(rows, 7));
                    changes.put(List.of(change.caseKey(), change.ruleId()), change);
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT b.case_key, b.team, b.rule_id, a.outcome, "
                + "a.days_overdue, b.days_overdue FROM (" + results + ") b LEFT JOIN (" + results + ") a "
                + "ON a.case_key = b.case_key AND a.rule_id = b.rule_id WHERE b.outcome = 'not_met'")) {
            query.setLong(1, afterId);
            query.setLong(2, beforeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CaseChange change = new CaseChange(rows.getString(1), rows.getString(2), rows.getString(3),
                            outcome(rows.getString(4)), overdue(rows, 5), Outcome.NOT_MET, overdue(rows, 6));
                    changes.put(List.of(change.caseKey(), change.ruleId()), change);
                }
            }
        }
        return new ArrayList<>(changes.values());
    }

    private static Outcome outcome(String code) {
        return code == null ? null : StoredOutcome.outcome(code);
    }

    private static Long overdue(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static RateChange change(String name, Counts before, Counts after) {
        return new RateChange(name, before == null ? null : before.rate(), before == null ? 0 : before.judged(),
                after == null ? null : after.rate(), after == null ? 0 : after.judged());
    }

    private static List<RateChange> moves(Map<String, Counts> before, Map<String, Counts> after, int limit) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().map(name -> change(name, before.get(name), after.get(name)))
                .filter(c -> c.change() == null ? c.before() != null || c.after() != null : c.change() != 0)
                .sorted(LARGEST_MOVE_FIRST).limit(limit).toList();
    }

    Trend trend(TrendMetric metric, String population) throws SQLException {
        List<TrendPoint> points = new ArrayList<>();
        RecordedRun previous = null;
        Trend.Unit unit = Trend.Unit.PERCENT;
        for (RecordedRun run : runs()) {
            if (!run.population().equals(population)) {
                continue;
            }
            boolean ruleBookChanged = previous != null && !previous.ruleBookHash().equals(run.ruleBookHash());
            boolean policyChanged = previous != null && !previous.policyHash().equals(run.policyHash());
            if (metric.isIndicator()) {
                IndicatorValue indicator = indicatorValue(metric.key(), run.id());
                if (indicator != null) {
                    unit = indicator.unit();
                }
                points.add(indicator == null
                        ? new TrendPoint(run, null, "not in this run", "", ruleBookChanged, policyChanged)
                        : new TrendPoint(run, indicator.value(), indicator.shown(), indicator.basis(), ruleBookChanged,
                                policyChanged));
            } else {
                Counts counts = metric.table() == null ? run.counts() : metricCounts(metric, run.id());
                Double rate = counts == null || counts.rate() == null ? null : counts.rate() * 100;
                String shown = counts == null ? "not in this run" : HistoryTexts.percent(counts.rate());
                String basis = counts == null ? "" : String.format(java.util.Locale.UK, "%,d of %,d judged met",
                        counts.met(), counts.judged());
                points.add(new TrendPoint(run, rate, shown, basis, ruleBookChanged, policyChanged));
            }
            previous = run;
        }
        return new Trend(metric.words(), population, unit, points);
    }

    /** The rule ids, team names or indicator ids (as {@code metric} follows) recorded in any run of the population. */
    List<String> recordedKeys(TrendMetric metric, String population) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT r." + metric.column() + " FROM "
                + metric.table() + " r JOIN audit_run a ON a.run_id = r.run_id WHERE a.population = ? ORDER BY 1")) {
            query.setString(1, population);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    private Counts metricCounts(TrendMetric metric, long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COUNTS + " FROM " + metric.table()
                + " WHERE run_id = ? AND " + metric.column() + " = ?")) {
            query.setLong(1, runId);
            query.setString(2, metric.key());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? counts(rows) : null;
            }
        }
    }

    /** An indicator's value in a run, in its unit and in words. */
    private record IndicatorValue(Trend.Unit unit, Double value, String shown, String basis) {
    }

    private IndicatorValue indicatorValue(String id, long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT shown_as, " + RunWriter.FIGURES
                + " FROM indicator_result WHERE run_id = ? AND indicator_id = ?")) {
            query.setLong(1, runId);
            query.setString(2, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                ShownAs shownAs = ShownAs.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT));
                Figures figures = new Figures(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
                Trend.Unit unit = switch (shownAs) {
                    case PERCENTAGE -> Trend.Unit.PERCENT;
                    case DAYS -> Trend.Unit.DAYS;
                    case NUMBER -> Trend.Unit.NUMBER;
                };
                Double value = figures.value(shownAs);
                String shown = value != null ? IndicatorTexts.value(shownAs, value)
                        : figures.notHeld() ? "not held" : "none judged";
                String basis = shownAs == ShownAs.DAYS
                        ? String.format(java.util.Locale.UK, "%,d counted, %,d days in all", figures.denominator(),
                                figures.numerator())
                        : String.format(java.util.Locale.UK, "%,d of %,d", figures.numerator(), figures.denominator());
                return new IndicatorValue(unit, value, shown, basis);
            }
        }
    }
}
