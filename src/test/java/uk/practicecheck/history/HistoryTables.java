package uk.practicecheck.history;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a history's tables directly, for tests that check what is (and is not) stored. */
final class HistoryTables {
    static final List<String> TABLES = List.of("audit_run", "run_input", "rule_result", "recommendation_result",
            "team_result", "worker_result", "audited_case", "case_rule_result", "indicator_result",
            "indicator_team_result");

    private HistoryTables() {
    }

    static long rowCount(History history, String table) throws SQLException {
        try (Statement statement = history.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every value in every table of the history, as text. */
    static List<String> allValues(History history) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String table : TABLES) {
            try (Statement statement = history.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = rows.getString(i);
                        if (value != null) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        return values;
    }
}
