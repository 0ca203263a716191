package uk.practicecheck.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users file as the server sees it: read at start and again whenever it changes, so
 * {@code users remove} and a revoked token take effect on the next request without a restart.
 * If a changed file cannot be read, nobody is let in until it can be (failing closed).
 */
public final class LocalUsers {
    private static final Logger LOG = LoggerFactory.getLogger(LocalUsers.class);

    private final Path file;
    private final Passwords passwords;
    private List<User> users;
    private FileTime readAt;
    private boolean broken;

    /** Opens the file; an unreadable or missing file is an error at once. */
    public LocalUsers(Path file, Passwords passwords) throws SignInSetupException {
        this.file = file;
        this.passwords = passwords;
        this.users = UsersFile.read(file, false);
        this.readAt = modified();
    }

    public Path file() {
        return file;
    }

    /** The person whose name and password these are, if they match. Takes as long for unknown names. */
    public Optional<User> signIn(String name, char[] password) {
        Optional<User> user = user(name);
        boolean matches = passwords.matches(password, user.map(User::password).orElse(null));
        return matches ? user : Optional.empty();
    }

    /** The person holding this API token, if it is a current one. */
    public Optional<User> byToken(String token) {
        String id = ApiToken.idOf(token);
        if (id == null) {
            return Optional.empty();
        }
        return current().stream()
                .filter(u -> u.tokens().stream().anyMatch(t -> t.id().equals(id) && t.matches(token)))
                .findFirst();
    }

    /** Every user as the file says now. */
    public List<User> all() {
        return current();
    }

    /** The named user as the file says now (gone once removed). */
    public Optional<User> user(String name) {
        return UsersFile.find(current(), name);
    }

    private synchronized List<User> current() {
        try {
            FileTime modified = modified();
            if (!modified.equals(readAt)) {
                users = UsersFile.read(file, false);
                readAt = modified;
                broken = false;
            }
        } catch (SignInSetupException e) {
            if (!broken) {
                LOG.error("nobody can sign in with a password or token until the users file can be read: {}",
                        e.getMessage());
            }
            broken = true;
        }
        return broken ? List.of() : users;
    }

    private FileTime modified() throws SignInSetupException {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new SignInSetupException("the users file " + file + " could not be read: " + e.getMessage());
        }
    }
}
