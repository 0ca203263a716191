package uk.practicecheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds DRL files: those bundled in the jar (a copy of the project's {@code rules/} folder made
 * at build time) and any in folders named with {@code --rules}. A file in such a folder with the
 * same relative path as a bundled one replaces it; any other adds to the rule book.
 */
public final class RuleSources {
    private static final String BUNDLED_ROOT = "/rules";

    private RuleSources() {
    }

    public static List<RuleSource> bundled() {
        URL root = RuleSources.class.getResource(BUNDLED_ROOT);
        if (root == null) {
            return List.of();
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                return readJar(Path.of(((JarURLConnection) root.openConnection()).getJarFileURL().toURI()));
            }
            return read(Path.of(uri), "bundled");
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled rules", e);
        }
    }

    /**
     * The rule files in the jar, read with {@link JarFile}, which shares the class loader's index
     * of the jar's entries: a zip file system would read that index again (some 35,000 entries),
     * a tenth of a cold check.
     */
    static List<RuleSource> readJar(Path jarFile) throws IOException {
        String prefix = BUNDLED_ROOT.substring(1) + "/";
        Map<String, RuleSource> byPath = new TreeMap<>();
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".drl") && !entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        String relative = name.substring(prefix.length());
                        byPath.put(relative, new RuleSource(relative, "bundled", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return new ArrayList<>(byPath.values());
    }

    public static List<RuleSource> fromDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("rules folder not found: " + directory);
        }
        return read(directory, directory.toString());
    }

    /** One DRL file on its own, named by its path as given. */
    public static RuleSource fromFile(Path drl) throws IOException {
        Path folder = drl.getParent() == null ? Path.of(".") : drl.getParent();
        return new RuleSource(drl.getFileName().toString(), folder.toString(), Files.readString(drl, StandardCharsets.UTF_8));
    }

    /** The bundled rules with each folder's rules laid over them, later folders winning. */
    public static List<RuleSource> layered(List<RuleSource> base, List<List<RuleSource>> overlays) {
        Map<String, RuleSource> byPath = new TreeMap<>();
        base.forEach(s -> byPath.put(s.path(), s));
        overlays.forEach(layer -> layer.forEach(s -> byPath.put(s.path(), s)));
        return new ArrayList<>(byPath.values());
    }

    private static List<RuleSource> read(Path root, String origin) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> drls = files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .sorted().toList();
            return readAll(root, origin, drls);
        }
    }

    private static List<RuleSource> readAll(Path root, String origin, Collection<Path> drls) {
        List<RuleSource> sources = new ArrayList<>();
        for (Path drl : drls) {
            String relative = root.relativize(drl).toString().replace('\\', '/');
            try {
                sources.add(new RuleSource(relative, origin, Files.readString(drl, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + drl, e);
            }
        }
        return sources;
    }
}
