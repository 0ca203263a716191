package uk.practicecheck.history;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;

/** Writes one run to the history in a single transaction: all of it is committed, or none. */
final class RunWriter {
    private static final int BATCH = 1000;
    private static final String COUNTS = "met, not_met, not_yet_due, cannot_tell, not_applicable, rule_error";
    private static final String COUNT_MARKS = "?, ?, ?, ?, ?, ?";
    static final String FIGURES = "numerator, denominator, cases_not_judged, cases_not_held";

    /** A case as kept: its key (id or pseudonym), team, worker and every rule that applied. */
    record StoredCase(long position, String caseKey, String team, String worker, List<StoredRule> rules) {
    }

    /** A rule's outcome for a case, and its days overdue when it has some. */
    record StoredRule(String ruleId, String outcome, Long daysOverdue) {
    }

    private final History history;

    RunWriter(History history) {
        this.history = history;
    }

    /** Writes the run; {@code cases} gives each case in turn, then null. */
    long write(RunFacts facts, RunTotals totals, Supplier<StoredCase> cases) throws HistoryException {
        Connection connection = history.connection();
        try {
            connection.setAutoCommit(false);
            try {
                long runId = insertRun(connection, facts, totals);
                insertInputs(connection, runId, facts);
                insertCounts(connection, "rule_result", "rule_id, title", runId, totals.byRule(),
                        id -> List.of(id, totals.ruleTitles().getOrDefault(id, id)));
                insertCounts(connection, "recommendation_result", "recommendation_id", runId, totals.byRecommendation(),
                        List::of);
                insertGroups(connection, runId, totals);
                insertIndicators(connection, runId, totals);
                insertCases(connection, runId, cases);
                connection.commit();
                return runId;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (UncheckedIOException e) {
            throw new HistoryException("Cannot record the audit in the history " + history.location() + ": "
                    + e.getMessage() + ". Nothing was recorded.", e);
        } catch (SQLException e) {
            throw new HistoryException("Cannot record the audit in the history " + history.location() + ": "
                    + History.rootMessage(e) + ". Nothing was recorded.", e);
        }
    }

    private static long insertRun(Connection connection, RunFacts facts, RunTotals summary) throws SQLException {
        String sql = "INSERT INTO audit_run (recorded_at, as_of, period_start, period_end, population, tool_version, "
                + "rule_book_hash, rule_count, policy_name, policy_hash, pseudonym_key_check, records_read, evaluated, "
                + "rejected, cases_with_warnings, cases_needing_action, " + COUNTS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + COUNT_MARKS + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"run_id"})) {
            int i = 1;
            insert.setString(i++, facts.recordedAt().toString());
            insert.setString(i++, facts.asOf().toString());
            insert.setString(i++, facts.periodStart() == null ? null : facts.periodStart().toString());
            insert.setString(i++, facts.periodEnd() == null ? null : facts.periodEnd().toString());
            insert.setString(i++, facts.population());
            insert.setString(i++, facts.toolVersion());
            insert.setString(i++, facts.ruleBookHash());
            insert.setInt(i++, summary.ruleCount());
            insert.setString(i++, summary.policyName());
            insert.setString(i++, facts.policyHash());
            insert.setString(i++, facts.pseudonymKeyCheck());
            insert.setLong(i++, summary.recordsRead());
            insert.setLong(i++, summary.evaluated());
            insert.setLong(i++, summary.rejected());
            insert.setLong(i++, summary.casesWithWarnings());
            insert.setLong(i++, summary.casesNeedingAction());
            setCounts(insert, i, summary.overall());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database gave no number for the new run");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertInputs(Connection connection, long runId, RunFacts facts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO run_input (run_id, position, name, sha256, size_bytes) VALUES (?, ?, ?, ?, ?)")) {
            int position = 1;
            for (InputFingerprint input : facts.inputs()) {
                insert.setLong(1, runId);
                insert.setInt(2, position++);
                insert.setString(3, input.name());
                insert.setString(4, input.sha256());
                if (input.sizeBytes() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, input.sizeBytes());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private interface KeyColumns {
        List<String> of(String key);
    }

    private static void insertCounts(Connection connection, String table, String keyColumns, long runId,
                                     Map<String, Counts> counts, KeyColumns keys) throws SQLException {
        int keyCount = keyColumns.split(",").length;
        String marks = "?, ".repeat(keyCount);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (run_id, " + keyColumns
                + ", " + COUNTS + ") VALUES (?, " + marks + COUNT_MARKS + ")")) {
            for (Map.Entry<String, Counts> entry : counts.entrySet()) {
                insert.setLong(1, runId);
                List<String> values = keys.of(entry.getKey());
                for (int k = 0; k < keyCount; k++) {
                    insert.setString(2 + k, values.get(k));
                }
                setCounts(insert, 2 + keyCount, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertGroups(Connection connection, long runId, RunTotals summary) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO team_result (run_id, team, cases, "
                + "cases_not_met, " + COUNTS + ") VALUES (?, ?, ?, ?, " + COUNT_MARKS + ")")) {
            for (RunTotals.Group team : summary.teams()) {
                insert.setLong(1, runId);
                insert.setString(2, team.name());
                insert.setLong(3, team.cases());
                insert.setLong(4, team.casesNotMet());
                setCounts(insert, 5, team.counts());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO worker_result (run_id, team, worker, "
                + "cases, cases_not_met, " + COUNTS + ") VALUES (?, ?, ?, ?, ?, " + COUNT_MARKS + ")")) {
            for (RunTotals.Group worker : summary.workers()) {
                insert.setLong(1, runId);
                insert.setString(2, worker.team());
                insert.setString(3, worker.name());
                insert.setLong(4, worker.cases());
                insert.setLong(5, worker.casesNotMet());
                setCounts(insert, 6, worker.counts());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertIndicators(Connection connection, long runId, RunTotals totals) throws SQLException {
        try (PreparedStatement overall = connection.prepareStatement("INSERT INTO indicator_result (run_id, indicator_id, "
                + "title, shown_as, " + FIGURES + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement byTeam = connection.prepareStatement("INSERT INTO indicator_team_result (run_id, "
                + "indicator_id, team, " + FIGURES + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (IndicatorReport.Indicator indicator : totals.indicators()) {
                IndicatorDefinition definition = indicator.definition();
                overall.setLong(1, runId);
                overall.setString(2, definition.id());
                overall.setString(3, definition.title());
                overall.setString(4, definition.shownAs().name().toLowerCase(Locale.ROOT));
                setFigures(overall, 5, indicator.overall());
                overall.addBatch();
                for (Map.Entry<String, Figures> team : indicator.byTeam().entrySet()) {
                    byTeam.setLong(1, runId);
                    byTeam.setString(2, definition.id());
                    byTeam.setString(3, team.getKey());
                    setFigures(byTeam, 4, team.getValue());
                    byTeam.addBatch();
                }
            }
            overall.executeBatch();
            byTeam.executeBatch();
        }
    }

    private static void setFigures(PreparedStatement statement, int first, Figures figures) throws SQLException {
        statement.setLong(first, figures.numerator());
        statement.setLong(first + 1, figures.denominator());
        statement.setLong(first + 2, figures.casesNotJudged());
        statement.setLong(first + 3, figures.casesNotHeld());
    }

    private static void insertCases(Connection connection, long runId, Supplier<StoredCase> cases) throws SQLException {
        try (PreparedStatement caseInsert = connection.prepareStatement(
                "INSERT INTO audited_case (run_id, position, case_key, team, worker) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement ruleInsert = connection.prepareStatement(
                "INSERT INTO case_rule_result (run_id, position, rule_id, outcome, days_overdue) VALUES (?, ?, ?, ?, ?)")) {
            int pendingCases = 0;
            int pendingRules = 0;
            for (StoredCase c = cases.get(); c != null; c = cases.get()) {
                caseInsert.setLong(1, runId);
                caseInsert.setLong(2, c.position());
                caseInsert.setString(3, c.caseKey());
                caseInsert.setString(4, c.team());
                caseInsert.setString(5, c.worker());
                caseInsert.addBatch();
                if (++pendingCases == BATCH) {
                    caseInsert.executeBatch();
                    pendingCases = 0;
                }
                for (StoredRule r : c.rules()) {
                    ruleInsert.setLong(1, runId);
                    ruleInsert.setLong(2, c.position());
                    ruleInsert.setString(3, r.ruleId());
                    ruleInsert.setString(4, r.outcome());
                    if (r.daysOverdue() == null) {
                        ruleInsert.setNull(5, Types.BIGINT);
                    } else {
                        ruleInsert.setLong(5, r.daysOverdue());
                    }
                    ruleInsert.addBatch();
                    if (++pendingRules == BATCH) {
                        ruleInsert.executeBatch();
                        pendingRules = 0;
                    }
                }
            }
            caseInsert.executeBatch();
            ruleInsert.executeBatch();
        }
    }

    private static void setCounts(PreparedStatement statement, int first, Counts counts) throws SQLException {
        statement.setLong(first, counts.met());
        statement.setLong(first + 1, counts.notMet());
        statement.setLong(first + 2, counts.notYetDue());
        statement.setLong(first + 3, counts.cannotTell());
        statement.setLong(first + 4, counts.notApplicable());
        statement.setLong(first + 5, counts.ruleError());
    }
}
