package uk.practicecheck.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the server cannot serve, with the HTTP status and a message meant for the person who
 * sent it (never a stack trace), and any headers the answer needs.
 */
final class WebProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<String> details;
    private final transient Map<String, String> headers;

    WebProblem(int status, String message) {
        this(status, message, List.of());
    }

    WebProblem(int status, String message, List<String> details) {
        this(status, message, details, Map.of());
    }

    private WebProblem(int status, String message, List<String> details, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    /** 503 with {@code Retry-After}; the connection is closed, as the request body may not have been read. */
    static WebProblem busy(String message, int retryAfterSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Integer.toString(retryAfterSeconds));
        headers.put("Connection", "close");
        return new WebProblem(503, message, List.of(), headers);
    }

    /** A refusal of a request whose body was not (all) read: the connection is closed rather than drained. */
    static WebProblem closing(int status, String message) {
        return new WebProblem(status, message, List.of(), Map.of("Connection", "close"));
    }

    /** 401 for a request without a (valid) sign-in; API clients are told to send a bearer token. */
    static WebProblem unauthorized(String message) {
        return new WebProblem(401, message, List.of(), Map.of("WWW-Authenticate", "Bearer realm=\"practice-check\""));
    }

    int status() {
        return status;
    }

    /** Further lines, such as each rejected record. */
    List<String> details() {
        return details;
    }

    /** Headers the answer carries besides the ones every response has. */
    Map<String, String> headers() {
        return headers;
    }
}
