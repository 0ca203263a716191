package uk.practicecheck.history;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a history is kept: a single SQLite file (the default), or a PostgreSQL database that a team
 * shares. Credentials for a server come from the environment or a file, never from the command line,
 * so they never show in a process list or a shell's history.
 *
 * @param jdbcUrl     what the JDBC driver is given
 * @param file        the SQLite file, or null for a server
 * @param description how the history is named to a person (a file path, or the URL)
 * @param credentials user and password for a server (empty for a file)
 */
public record HistoryLocation(String jdbcUrl, Path file, String description, Properties credentials) {
    /** Where the history is kept when {@code --history} is given without a value (overrides the default path). */
    public static final String LOCATION_VARIABLE = "PRACTICE_CHECK_HISTORY";
    public static final String USER_VARIABLE = "PRACTICE_CHECK_HISTORY_USER";
    public static final String PASSWORD_VARIABLE = "PRACTICE_CHECK_HISTORY_PASSWORD";
    /** A properties file with {@code user} and {@code password}, for a PostgreSQL history. */
    public static final String CREDENTIALS_VARIABLE = "PRACTICE_CHECK_HISTORY_CREDENTIALS";
    private static final String POSTGRESQL = "jdbc:postgresql:";
    private static final String SQLITE = "jdbc:sqlite:";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("[?&;]password=|//[^/@?]*:[^/@?]*@",
            Pattern.CASE_INSENSITIVE);

    public HistoryLocation {
        credentials = (Properties) credentials.clone();
    }

    /** The default history file: {@code $XDG_DATA_HOME/practice-check/history.db}, or under {@code ~/.local/share}. */
    public static Path defaultFile(Map<String, String> environment) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("practice-check").resolve("history.db");
    }

    /**
     * The history named by {@code value}: a file path, {@code jdbc:sqlite:PATH}, or
     * {@code jdbc:postgresql://…}; blank for {@value #LOCATION_VARIABLE} or else {@link #defaultFile}.
     *
     * @throws HistoryException for a URL carrying a password, an unsupported database, or unreadable credentials
     */
    public static HistoryLocation resolve(String value, Map<String, String> environment) throws HistoryException {
        String named = value == null || value.isBlank() ? environment.get(LOCATION_VARIABLE) : value;
        if (named == null || named.isBlank()) {
            return file(defaultFile(environment));
        }
        String lower = named.toLowerCase(Locale.ROOT);
        if (lower.startsWith(POSTGRESQL)) {
            if (PASSWORD_IN_URL.matcher(named).find()) {
                throw new HistoryException("The history's address must not contain a password (it would show in the "
                        + "process list and the shell's history): put it in the environment variable "
                        + PASSWORD_VARIABLE + " or in a file named by " + CREDENTIALS_VARIABLE + ".");
            }
            return new HistoryLocation(named, null, named, credentials(environment));
        }
        if (lower.startsWith(SQLITE)) {
            return file(Path.of(named.substring(SQLITE.length())));
        }
        if (lower.startsWith("jdbc:")) {
            throw new HistoryException("A history can be kept in a file (SQLite) or in PostgreSQL "
                    + "(jdbc:postgresql://HOST/DATABASE), not in " + named.substring(0, named.indexOf(':', 5) + 1));
        }
        return file(Path.of(named));
    }

    private static HistoryLocation file(Path file) {
        return new HistoryLocation(SQLITE + file, file, file.toString(), new Properties());
    }

    private static Properties credentials(Map<String, String> environment) throws HistoryException {
        Properties credentials = new Properties();
        String file = environment.get(CREDENTIALS_VARIABLE);
        if (file != null && !file.isBlank()) {
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                credentials.load(reader);
            } catch (IOException e) {
                throw new HistoryException("Cannot read the history's credentials from " + file + " ("
                        + CREDENTIALS_VARIABLE + "): " + e.getMessage(), e);
            }
            credentials.keySet().retainAll(java.util.Set.of("user", "password"));
        }
        putIfSet(credentials, "user", environment.get(USER_VARIABLE));
        putIfSet(credentials, "password", environment.get(PASSWORD_VARIABLE));
        return credentials;
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null && !value.isEmpty()) {
            properties.setProperty(key, value);
        }
    }

    /** Whether this is a single file on this computer (SQLite) rather than a server. */
    public boolean isFile() {
        return file != null;
    }

    @Override
    public String toString() {
        return description;
    }
}
