package uk.practicecheck.auth;

/** Sign-in cannot be set up: the users file, a mapping file or the identity provider; one sentence for a person. */
public final class SignInSetupException extends Exception {
    public SignInSetupException(String message) {
        super(message);
    }
}
