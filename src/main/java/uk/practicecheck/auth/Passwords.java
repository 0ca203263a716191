package uk.practicecheck.auth;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Password hashes in bcrypt's standard form ({@code $2y$12$...}), made and checked by Bouncy
 * Castle. The cost is stored in each hash, so raising it later still accepts older hashes.
 */
public final class Passwords {
    /** The cost (log2 of the rounds) for new hashes: about a quarter of a second on a server. */
    public static final int DEFAULT_COST = 12;
    /** bcrypt reads at most 72 bytes; a longer password is refused rather than cut short. */
    public static final int MAX_BYTES = 72;
    public static final int MIN_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;
    /** A hash nobody's password matches, checked for unknown names so they take as long as known ones. */
    private final String decoy;

    public Passwords(int cost) {
        this.cost = cost;
        this.decoy = hash(randomPassword());
    }

    public Passwords() {
        this(DEFAULT_COST);
    }

    /** Why a password is not acceptable, or null if it is. */
    public static String problemWith(char[] password) {
        if (password.length < MIN_LENGTH) {
            return "the password must be at least " + MIN_LENGTH + " characters long";
        }
        if (StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAX_BYTES) {
            return "the password must be at most " + MAX_BYTES + " bytes long (bcrypt reads no more)";
        }
        return null;
    }

    public String hash(char[] password) {
        String problem = problemWith(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password, salt, cost);
    }

    /** True when {@code password} matches {@code hash}; a null hash (unknown user) takes as long and is false. */
    public boolean matches(char[] password, String hash) {
        if (password.length == 0 || password.length > MAX_BYTES) {
            return false;
        }
        if (hash == null) {
            OpenBSDBCrypt.checkPassword(decoy, password);
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password);
        } catch (IllegalArgumentException | org.bouncycastle.crypto.DataLengthException e) {
            return false;
        }
    }

    private static char[] randomPassword() {
        char[] chars = new char[24];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        return chars;
    }
}
