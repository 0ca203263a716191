package uk.practicecheck.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.base.util.Drools;

/**
 * Compiled rule books kept on disk, keyed by a SHA-256 of the rule sources, the tool's version
 * and the Drools version: change any rule (or upgrade) and the key changes. Every failure to
 * read or write is silent; the rules are then simply compiled again. An entry is two files: the
 * compiled module ({@code KEY.jar}) and each rule's metadata ({@code KEY.rules.json}), so that a
 * rule book loaded from the cache needs no DRL parsed (a fifth of a cold {@code check}).
 */
public final class RuleBookCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, RuleInfo>> RULES_BY_NAME = new TypeReference<>() {
    };
    private final Path directory;
    private final String toolBuild;

    /**
     * @param directory where compiled rule books are kept
     * @param toolBuild identifies the build of practice-check: compiled rules call into its model
     *                  classes, so a rebuilt tool must not reuse them
     */
    public RuleBookCache(Path directory, String toolBuild) {
        this.directory = directory;
        this.toolBuild = toolBuild;
    }

    /**
     * The cache under {@code $XDG_CACHE_HOME/practice-check}, or {@code ~/.cache/practice-check}.
     *
     * @param environment the process environment, such as {@code System.getenv()}
     */
    public static RuleBookCache standard(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleBookCache(base.resolve("practice-check").resolve("rulebooks"), thisBuild());
    }

    /** The version, location, size and time of the jar (or classes folder) this class was loaded from. */
    private static String thisBuild() {
        String version = RuleBookCache.class.getPackage().getImplementationVersion();
        try {
            Path code = Path.of(RuleBookCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return version + " " + code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + " unlocated";
        }
    }

    /** The key of a set of rule sources: their paths and texts, with the versions that compile them. */
    String key(List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "practice-check " + toolBuild);
            update(sha, "drools " + Drools.getFullVersion());
            for (RuleSource source : sources) {
                update(sha, source.path());
                update(sha, source.text());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * A stored rule book.
     *
     * @param module      the compiled module, as the compiler wrote it
     * @param rulesByName each rule's metadata, by DRL rule name
     */
    record Entry(byte[] module, Map<String, RuleInfo> rulesByName) {
    }

    /** The rule book stored under the key, or null when there is none whole and readable. */
    Entry load(String key) {
        try {
            Path module = file(key);
            Path rules = rulesFile(key);
            if (!Files.isRegularFile(module) || !Files.isRegularFile(rules)) {
                return null;
            }
            return new Entry(Files.readAllBytes(module), JSON.readValue(rules.toFile(), RULES_BY_NAME));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Stores a compiled module and its rules' metadata, each atomically so that a concurrent reader
     * never sees half of it; the metadata first, since an entry is read only when its module is there.
     */
    void store(String key, byte[] compiled, Map<String, RuleInfo> rulesByName) {
        try {
            Files.createDirectories(directory);
            write(rulesFile(key), JSON.writeValueAsBytes(rulesByName));
            write(file(key), compiled);
        } catch (IOException | SecurityException e) {
            // An unwritable cache only costs the next run a compilation.
        }
    }

    private void write(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".part");
        Files.write(temporary, content);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String key) {
        return directory.resolve(key + ".jar");
    }

    private Path rulesFile(String key) {
        return directory.resolve(key + ".rules.json");
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
