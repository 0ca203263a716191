package uk.practicecheck.history;

/** The history cannot be opened, read or written; the message says why in words a person can act on. */
public final class HistoryException extends Exception {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
