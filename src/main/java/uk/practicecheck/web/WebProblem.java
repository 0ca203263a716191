package uk.practicecheck.web;

import java.util.List;

/**
 * A request the server cannot serve, with the HTTP status and a message meant for the person who
 * sent it (never a stack trace).
 */
final class WebProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<String> details;

    WebProblem(int status, String message) {
        this(status, message, List.of());
    }

    WebProblem(int status, String message, List<String> details) {
        super(message);
        this.status = status;
        this.details = List.copyOf(details);
    }

    int status() {
        return status;
    }

    /** Further lines, such as each rejected record. */
    List<String> details() {
        return details;
    }
}
