package uk.practicecheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.practicecheck.auth.Principal;

/**
 * The access log ({@code serve --access-log}): one JSON object a line for each sign-in, failed
 * sign-in, sign-out and request, saying who, when, which address and what came of it, with
 * counts of records read and cases checked. It never holds case data: no names, ids, file names
 * or findings. The format is documented in docs/deployment.md.
 */
public final class AccessLog {
    /** Writes nothing. */
    public static final AccessLog NONE = new AccessLog(null, Clock.systemUTC());

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private final Clock clock;

    /** A log written to {@code out} (flushed after every line), timed by {@code clock}. */
    public AccessLog(Writer out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void signedIn(Principal who, String address) {
        write(event("sign-in", who.name(), who.via(), address));
    }

    /** A failed sign-in: {@code user} only when it names a known user, so a mistyped password is never logged. */
    void signInFailed(String knownUser, String via, String reason, String address) {
        Map<String, Object> line = event("sign-in-failed", knownUser, via, address);
        line.put("reason", reason);
        write(line);
    }

    void signedOut(Principal who, String address) {
        write(event("sign-out", who.name(), who.via(), address));
    }

    void request(Principal who, String method, String route, int status, long millis, Map<String, Long> counts,
                 String address) {
        Map<String, Object> line = event("request", who == null ? null : who.name(), who == null ? null : who.via(),
                address);
        line.put("method", method);
        line.put("route", route);
        line.put("status", status);
        line.put("millis", millis);
        line.putAll(counts);
        write(line);
    }

    private Map<String, Object> event(String event, String user, String via, String address) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", clock.instant().toString());
        line.put("event", event);
        if (user != null) {
            line.put("user", user);
        }
        if (via != null) {
            line.put("via", via);
        }
        line.put("address", address);
        return line;
    }

    private void write(Map<String, Object> line) {
        if (out == null) {
            return;
        }
        try {
            String text = JSON.writeValueAsString(line);
            synchronized (out) {
                out.write(text);
                out.write('\n');
                out.flush();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            LOG.error("the access log could not be written: {}", e.getMessage());
        }
    }
}
