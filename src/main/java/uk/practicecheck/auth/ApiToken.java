package uk.practicecheck.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personal API token as the users file keeps it: its id and the SHA-256 of its secret, never
 * the token itself. A token is {@code pc_<id>_<secret>}: 4 random bytes of id in hex, 32 random
 * bytes of secret. A fast hash suits a secret of 256 random bits (nothing to guess); passwords,
 * which people choose, get bcrypt instead.
 *
 * @param id      shown by {@code users list}, used to revoke it
 * @param sha256  hex SHA-256 of the whole token
 * @param created the day it was issued
 */
public record ApiToken(String id, String sha256, LocalDate created) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("pc_([0-9a-f]{8})_([A-Za-z0-9_-]{43})");

    /** A new token: the text to show once, and what to store. */
    public record Issued(String token, ApiToken stored) {
    }

    public static Issued issue(LocalDate today) {
        byte[] id = new byte[4];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String token = "pc_" + HexFormat.of().formatHex(id) + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, new ApiToken(HexFormat.of().formatHex(id), sha256(token), today));
    }

    /** The id of a token in the right form, or null. */
    public static String idOf(String token) {
        Matcher m = token == null ? null : FORM.matcher(token);
        return m != null && m.matches() ? m.group(1) : null;
    }

    /** True when {@code token} is this one (compared in constant time). */
    public boolean matches(String token) {
        return MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                sha256.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
