package uk.practicecheck.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.names.NearestName;

/**
 * An open audit history: a connection to its database, its schema brought up to date by the
 * versioned migrations in {@code db/history} (Flyway), so a history written by one version of
 * practice-check is read by the next. A history written by a newer version, or a file that is not
 * a history, is refused with a clear message and left exactly as it was.
 */
public final class History implements AutoCloseable {
    /** How long a writer waits for another writer (another audit) to finish with a SQLite file. */
    static final int BUSY_TIMEOUT_MILLIS = 300_000;
    private static final String MIGRATIONS = "classpath:db/history";
    private static final int MIGRATION_ATTEMPTS = 5;

    private final HistoryLocation location;
    private final Connection connection;

    private History(HistoryLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /**
     * Opens the history for recording an audit, creating it (and its folder) if it does not exist.
     *
     * @throws HistoryException when it cannot be reached, is not a history, or was written by a newer version
     */
    public static History openForRecording(HistoryLocation location) throws HistoryException {
        if (location.isFile()) {
            Path parent = location.file().toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (java.io.IOException e) {
                throw new HistoryException("Cannot create the folder for the history " + location + ": " + e.getMessage(), e);
            }
        }
        return open(location);
    }

    /**
     * Opens an existing history to read it (bringing an older schema up to date first).
     *
     * @throws HistoryException when there is no history there yet, or as {@link #openForRecording}
     */
    public static History openExisting(HistoryLocation location) throws HistoryException {
        if (location.isFile() && !Files.isRegularFile(location.file())) {
            throw new HistoryException("There is no history at " + location + " yet: record one with "
                    + "audit … --history " + location + ".");
        }
        return open(location);
    }

    private static History open(HistoryLocation location) throws HistoryException {
        Dialect dialect = Dialect.of(location);
        migrate(location, dialect);
        try {
            Connection connection = DriverManager.getConnection(location.jdbcUrl(), connectionProperties(location, dialect));
            return new History(location, connection);
        } catch (SQLException e) {
            throw new HistoryException("Cannot open the history " + location + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(HistoryLocation location, Dialect dialect) throws HistoryException {
        Properties properties = connectionProperties(location, dialect);
        Map<String, String> jdbcProperties = new HashMap<>();
        properties.stringPropertyNames().stream().filter(k -> !k.equals("user") && !k.equals("password"))
                .forEach(k -> jdbcProperties.put(k, properties.getProperty(k)));
        Flyway flyway = Flyway.configure(History.class.getClassLoader())
                .dataSource(location.jdbcUrl(), properties.getProperty("user"), properties.getProperty("password"))
                .jdbcProperties(jdbcProperties)
                .locations(MIGRATIONS)
                .placeholders(Map.of("identity", dialect.identityColumn))
                .cleanDisabled(true)
                .load();
        for (int attempt = 1; ; attempt++) {
            try {
                refuseNewerSchema(location, flyway);
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                // Two audits creating one SQLite file at once: the one that lost the race finds the
                // other's tables half made; once the other is done, it finds them up to date.
                if (!location.isFile() || attempt == MIGRATION_ATTEMPTS || !isRace(e)) {
                    throw new HistoryException(unusable(location, e), e);
                }
                pause(attempt);
            }
        }
    }

    private static void refuseNewerSchema(HistoryLocation location, Flyway flyway) throws HistoryException {
        MigrationInfo[] all = flyway.info().all();
        MigrationInfo[] newer = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (newer.length > 0) {
            String known = Arrays.stream(all).filter(m -> m.getState().isResolved()).map(m -> m.getVersion().toString())
                    .reduce((first, second) -> second).orElse("none");
            throw new HistoryException("The history " + location + " was written by a newer version of practice-check "
                    + "(its schema is at version " + newer[newer.length - 1].getVersion() + "; this version knows up to "
                    + known + "). Use that version or a later one to read or add to it; nothing was changed.");
        }
    }

    private static boolean isRace(FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("already exists") || message.contains("busy") || message.contains("locked")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) throws HistoryException {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryException("Interrupted while waiting for the history", e);
        }
    }

    private static String unusable(HistoryLocation location, FlywayException e) {
        String detail = rootMessage(e);
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("not a database") || lower.contains("malformed") || lower.contains("non-empty schema")
                || lower.contains("no schema history table")) {
            return "The history " + location + " is not a practice-check history, or it is damaged (" + detail
                    + "). Nothing was changed; name another file or restore it from a backup.";
        }
        return "Cannot use the history " + location + ": " + detail + ". Nothing was changed.";
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }

    private static Properties connectionProperties(HistoryLocation location, Dialect dialect) {
        Properties properties = location.credentials();
        if (dialect == Dialect.SQLITE) {
            properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
            properties.setProperty("foreign_keys", "true");
        }
        return properties;
    }

    /** Every run recorded, oldest first. */
    public List<RecordedRun> runs() throws HistoryException {
        return read(queries -> queries.runs());
    }

    public Optional<RecordedRun> run(long id) throws HistoryException {
        return read(queries -> queries.run(id));
    }

    /** Counts per key of one run from one of the result tables ("rule_result" by "rule_id", "team_result" by "team"). */
    Map<String, Counts> counts(String table, String keyColumn, long runId) throws HistoryException {
        return read(queries -> queries.countsBy(table, keyColumn, runId));
    }

    /** Each indicator's figures in a run over the whole cohort, by indicator id. */
    Map<String, Figures> indicatorFigures(long runId) throws HistoryException {
        return read(queries -> queries.indicatorFigures(runId));
    }

    /** Each indicator's figures in a run by team, by indicator id then team. */
    Map<String, Map<String, Figures>> indicatorFiguresByTeam(long runId) throws HistoryException {
        return read(queries -> queries.indicatorFiguresByTeam(runId));
    }

    /** The teams with results in a run, by name. */
    public List<String> teams(long runId) throws HistoryException {
        return read(queries -> List.copyOf(queries.countsBy("team_result", "team", runId).keySet()));
    }

    /** The latest run of {@code population}, or empty when it has none. */
    public Optional<RecordedRun> latest(String population) throws HistoryException {
        return read(queries -> queries.latest(population, null));
    }

    /**
     * Compares two runs. With {@code afterId} null, the latest run; with {@code beforeId} null, the
     * run of the same population before the later one.
     *
     * @param limit how many rules and teams whose rates moved most to list
     * @throws HistoryException when a run does not exist, or there is no earlier run to compare with
     */
    public Comparison compare(Long beforeId, Long afterId, int limit) throws HistoryException {
        return read(queries -> {
            RecordedRun after = afterId == null ? queries.runs().stream().reduce((a, b) -> b)
                    .orElseThrow(() -> new NoSuchRun("The history " + location + " has no runs yet."))
                    : queries.run(afterId).orElseThrow(() -> noSuchRun(afterId));
            RecordedRun before = beforeId == null ? queries.latest(after.population(), after.id())
                    .orElseThrow(() -> new NoSuchRun("Run " + after.id() + " is the first run of the population \""
                            + after.population() + "\": there is nothing earlier to compare it with."))
                    : queries.run(beforeId).orElseThrow(() -> noSuchRun(beforeId));
            return queries.compare(before, after, limit);
        });
    }

    /**
     * Refuses a trend that could only read "not in this run" at every point: a population with no
     * runs, or a rule, team or indicator that none of its runs recorded (a slip of the keyboard, most
     * likely), naming the nearest recorded name.
     *
     * @throws HistoryException naming what is not there and what is
     */
    public void requireRecorded(TrendMetric metric, String population) throws HistoryException {
        read(queries -> {
            List<RecordedRun> runs = queries.runs();
            if (runs.isEmpty()) {
                throw new NoSuchRun("The history " + location + " has no runs yet.");
            }
            String chosen = population != null ? population : runs.get(runs.size() - 1).population();
            List<String> populations = runs.stream().map(RecordedRun::population).distinct().toList();
            if (!populations.contains(chosen)) {
                throw new NoSuchRun("The history " + location + " has no runs of the population \"" + chosen + "\""
                        + NearestName.suggestion(chosen, populations) + "; it has " + quoted(populations) + ".");
            }
            if (metric.key() != null) {
                List<String> recorded = queries.recordedKeys(metric, chosen);
                if (!recorded.contains(metric.key())) {
                    throw new NoSuchRun("No run of the population \"" + chosen + "\" recorded " + metric.words()
                            .replace("compliance, ", "") + NearestName.suggestion(metric.key(), recorded) + ".");
                }
            }
            return null;
        });
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(name -> "\"" + name + "\"").toList());
    }

    /** A metric across the runs of {@code population} (null: the latest run's), oldest first. */
    public Trend trend(TrendMetric metric, String population) throws HistoryException {
        return read(queries -> {
            String chosen = population;
            if (chosen == null) {
                chosen = queries.runs().stream().reduce((a, b) -> b).map(RecordedRun::population)
                        .orElseThrow(() -> new NoSuchRun("The history " + location + " has no runs yet."));
            }
            return queries.trend(metric, chosen);
        });
    }

    private NoSuchRun noSuchRun(long id) {
        return new NoSuchRun("The history " + location + " has no run " + id + " (history lists the runs).");
    }

    private interface Query<T> {
        T run(HistoryQueries queries) throws SQLException;
    }

    private <T> T read(Query<T> query) throws HistoryException {
        try {
            return query.run(new HistoryQueries(connection));
        } catch (NoSuchRun e) {
            throw new HistoryException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new HistoryException("Cannot read the history " + location + ": " + rootMessage(e), e);
        }
    }

    /** A run asked for that is not there; turned into a {@link HistoryException} by {@link #read}. */
    private static final class NoSuchRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchRun(String message) {
            super(message);
        }
    }

    @Override
    public String toString() {
        return location.toString();
    }

    HistoryLocation location() {
        return location;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws HistoryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new HistoryException("Cannot close the history " + location + ": " + e.getMessage(), e);
        }
    }

    /** What differs between the databases a history can be kept in. */
    enum Dialect {
        SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT"),
        POSTGRESQL("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");

        /** The column definition of an auto-numbered primary key. */
        final String identityColumn;

        Dialect(String identityColumn) {
            this.identityColumn = identityColumn;
        }

        static Dialect of(HistoryLocation location) {
            return location.isFile() ? SQLITE : POSTGRESQL;
        }
    }
}
