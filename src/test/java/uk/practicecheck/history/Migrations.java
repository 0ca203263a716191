package uk.practicecheck.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/** Histories at a given schema version, for the migration tests. */
final class Migrations {
    private Migrations() {
    }

    private static Flyway flyway(HistoryLocation location, String target) {
        Properties credentials = location.credentials();
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(location.jdbcUrl(), credentials.getProperty("user"), credentials.getProperty("password"))
                .locations("classpath:db/history")
                .placeholders(Map.of("identity", History.Dialect.of(location).identityColumn))
                .target(target)
                .load();
    }

    /** The versions of the migrations practice-check ships, in order. */
    static List<String> bundledVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/history"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        }
    }

    static List<String> appliedVersions(History history) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = history.connection().createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** A history at schema version 1, holding the run in {@code history/v1-run.sql}. */
    static void createAtFirstVersionWithOneRun(HistoryLocation location) throws SQLException, IOException {
        flyway(location, "1").migrate();
        String script;
        try (InputStream in = Migrations.class.getResourceAsStream("/history/v1-run.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.credentials());
             Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
