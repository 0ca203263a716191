package uk.practicecheck.auth;

/** The users file cannot be read or written; the message is one sentence for a person. */
public final class UsersFileException extends Exception {
    public UsersFileException(String message) {
        super(message);
    }
}
