package uk.practicecheck.history;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The history contract against a real PostgreSQL server, each test in a schema of its own. The
 * server is named by {@value #URL} (with {@value #USER} and {@value #PASSWORD}), as
 * {@code .ci/with-postgres} sets them; without it these tests are skipped, except under CI, where
 * they must run.
 */
class PostgresHistoryTest extends HistoryContract {
    static final String URL = "PRACTICE_CHECK_TEST_POSTGRES_URL";
    static final String USER = "PRACTICE_CHECK_TEST_POSTGRES_USER";
    static final String PASSWORD = "PRACTICE_CHECK_TEST_POSTGRES_PASSWORD";
    private final List<String> schemas = new ArrayList<>();

    private static final String SKIPPED = "PostgreSQL history tests SKIPPED: no server named by " + URL
            + " (bash .ci/with-postgres mvn -q verify runs them against a throw-away server)";

    @BeforeAll
    static void sayWhenSkipped() {
        if ("true".equals(System.getenv("CI"))) {
            assertNotNull(System.getenv(URL), "CI must run the PostgreSQL tests: run them through .ci/with-postgres");
        }
        if (System.getenv(URL) == null) {
            System.err.println(SKIPPED);
        }
    }

    @BeforeEach
    void needsAServer() {
        Assumptions.assumeTrue(System.getenv(URL) != null, SKIPPED);
    }

    static Connection admin() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv(USER));
        credentials.setProperty("password", System.getenv(PASSWORD));
        return DriverManager.getConnection(System.getenv(URL), credentials);
    }

    @Override
    HistoryLocation freshLocation() throws Exception {
        String schema = "history_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        String url = System.getenv(URL);
        return HistoryLocation.resolve(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                Map.of(HistoryLocation.USER_VARIABLE, System.getenv(USER),
                        HistoryLocation.PASSWORD_VARIABLE, System.getenv(PASSWORD)));
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
