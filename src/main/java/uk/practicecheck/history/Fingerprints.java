package uk.practicecheck.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.policy.Policy;

/** Content hashes that say whether two runs used the same inputs, rule book and policy. */
public final class Fingerprints {
    /** A fixed text whose pseudonym identifies a pseudonym key without revealing it. */
    public static final String KEY_CHECK_TEXT = "practice-check history: pseudonym key check";
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Fingerprints() {
    }

    /** SHA-256 of every rule file's path and text, in path order: the rule book's version. */
    public static String ruleBook(List<RuleSource> sources) {
        MessageDigest sha = sha256();
        sources.stream().sorted(Comparator.comparing(RuleSource::path)).forEach(source -> {
            update(sha, source.path());
            update(sha, source.text());
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 of the policy's name and every timescale in force, whatever file they came from. */
    public static String policy(Policy policy) {
        try {
            MessageDigest sha = sha256();
            update(sha, policy.name());
            update(sha, CANONICAL.writeValueAsString(new TreeMap<>(policy.timescales())));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new IllegalStateException("a policy's timescales are always written as JSON", e);
        }
    }

    /**
     * The inputs as recorded: each named (through {@code names}, which pseudonymises them when the
     * audit does) with its content's SHA-256 when it is a file that can be read again.
     */
    public static List<InputFingerprint> inputs(List<String> inputNames, UnaryOperator<String> names) throws IOException {
        List<InputFingerprint> fingerprints = new ArrayList<>();
        for (String name : inputNames) {
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                fingerprints.add(new InputFingerprint(names.apply(name), file(file), Files.size(file)));
            } else {
                fingerprints.add(new InputFingerprint(names.apply(name), null, null));
            }
        }
        return fingerprints;
    }

    static String file(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
