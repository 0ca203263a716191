package uk.practicecheck.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lock-out after repeated failed sign-ins: after {@link #MAX_FAILURES} failures for one user name,
 * or from one address, within {@link #WINDOW}, that name or address may not try again until
 * {@link #WINDOW} after the last failure, even with the right password. A success clears the name.
 */
public final class SignInThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys tracked at most, so a flood of made-up names cannot fill the memory. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the name or address may try again, if either is locked out now. */
    public Optional<Instant> lockedUntil(String name, String address) {
        Instant now = clock.instant();
        Optional<Instant> byName = lockedUntil("name:" + name, now);
        Optional<Instant> byAddress = lockedUntil("address:" + address, now);
        return byName.isPresent() ? byName : byAddress;
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> e.getValue().isEmpty()
                    || !now.isBefore(e.getValue().peekLast().plus(WINDOW)));
        }
        record("name:" + name, now);
        record("address:" + address, now);
    }

    public void succeeded(String name) {
        failures.remove("name:" + name);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    private Optional<Instant> lockedUntil(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            if (times.size() < MAX_FAILURES || times.peekFirst().isBefore(now.minus(WINDOW))) {
                return Optional.empty();
            }
            Instant until = times.peekLast().plus(WINDOW);
            return now.isBefore(until) ? Optional.of(until) : Optional.empty();
        }
    }
}
