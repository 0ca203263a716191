package uk.practicecheck.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, held in memory only (a restart signs everyone out). Each has a random id
 * (the cookie's value) and a random CSRF token, and ends after {@code idle} without a request or
 * {@code absolute} after sign-in, whichever comes first.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session: who, its CSRF token, and when it began and was last used. */
    public static final class Session {
        private final String id;
        private volatile Principal principal;
        private final String csrfToken;
        private final Instant started;
        private volatile Instant lastUsed;

        private Session(String id, Principal principal, String csrfToken, Instant started) {
            this.id = id;
            this.principal = principal;
            this.csrfToken = csrfToken;
            this.started = started;
            this.lastUsed = started;
        }

        public String id() {
            return id;
        }

        public Principal principal() {
            return principal;
        }

        public String csrfToken() {
            return csrfToken;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public Sessions(Clock clock, Duration idle, Duration absolute) {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("a session's idle time must be positive and no longer than its "
                    + "absolute time");
        }
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    public Duration idle() {
        return idle;
    }

    public Duration absolute() {
        return absolute;
    }

    /** A new session for someone who has just signed in. */
    public Session start(Principal principal) {
        purgeExpired();
        Session session = new Session(randomToken(), principal, randomToken(), clock.instant());
        sessions.put(session.id, session);
        return session;
    }

    /** The live session with this id, marked as used now; an expired one is ended. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.lastUsed = now;
        return Optional.of(session);
    }

    /** The session with its person's roles and teams as they are now (a changed users file applies at once). */
    public Session refresh(Session session, Principal now) {
        session.principal = now;
        return session;
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.lastUsed.plus(idle)) || !now.isBefore(session.started.plus(absolute));
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
    }

    /** 32 random bytes, URL-safe Base64. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
