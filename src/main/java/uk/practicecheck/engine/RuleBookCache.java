package uk.practicecheck.engine;

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
 * read or write is silent; the rules are then simply compiled again.
 */
public final class RuleBookCache {
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

    /** The compiled module stored under the key, or null. */
    byte[] load(String key) {
        try {
            Path file = file(key);
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Stores a compiled module, atomically so that a concurrent reader never sees half of it. */
    void store(String key, byte[] compiled) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, key, ".part");
            Files.write(temporary, compiled);
            try {
                Files.move(temporary, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            // An unwritable cache only costs the next run a compilation.
        }
    }

    private Path file(String key) {
        return directory.resolve(key + ".jar");
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
