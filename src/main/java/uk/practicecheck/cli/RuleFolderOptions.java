package uk.practicecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.engine.RuleSources;

/**
 * Which rules the {@code rules} commands work on. In a folder that has a {@code rules/} folder (a
 * practice-check checkout, say) they work on it, so that an author sees the rules as edited
 * rather than as bundled when the jar was built; elsewhere, on the rules bundled in the jar.
 * Each {@code --rules} folder is laid over those, as for {@code check}.
 */
final class RuleFolderOptions {
    static final Path WORKING_RULES = Path.of("rules");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of .drl rules (and their fixtures) laid over the rules worked on; a file with the same path as a bundled one replaces it. Repeatable.")
    List<Path> ruleDirectories = new ArrayList<>();

    /** True when the commands work on the rules bundled in the jar, there being no {@code rules/} folder here. */
    static boolean usesBundledRules() {
        return !Files.isDirectory(WORKING_RULES);
    }

    /** The rule book worked on: {@code rules/} here or the bundled rules, each {@code --rules} folder laid over it. */
    List<RuleSource> ruleBookSources() throws IOException {
        List<RuleSource> base = usesBundledRules() ? RuleSources.bundled() : RuleSources.fromDirectory(WORKING_RULES);
        List<List<RuleSource>> overlays = new ArrayList<>();
        for (Path directory : ruleDirectories) {
            overlays.add(RuleSources.fromDirectory(directory));
        }
        return RuleSources.layered(base, overlays);
    }

    /** The paths named on the command line and with {@code --rules}, or {@code rules/} here when none were named. */
    List<Path> namedPaths(List<Path> paths) {
        List<Path> named = new ArrayList<>(paths);
        named.addAll(ruleDirectories);
        if (named.isEmpty() && !usesBundledRules()) {
            named.add(WORKING_RULES);
        }
        return named;
    }

    /** The rule files under the named paths, each once; the bundled rules when nothing was named and there is no {@code rules/} here. */
    List<RuleSource> namedSources(List<Path> paths) throws IOException {
        List<Path> named = namedPaths(paths);
        if (named.isEmpty()) {
            return RuleSources.bundled();
        }
        Map<Path, RuleSource> byFile = new LinkedHashMap<>();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                for (RuleSource source : RuleSources.fromDirectory(path)) {
                    byFile.putIfAbsent(Path.of(source.displayPath()).toAbsolutePath().normalize(), source);
                }
            } else if (path.toString().endsWith(".drl") && Files.isRegularFile(path)) {
                byFile.putIfAbsent(path.toAbsolutePath().normalize(), RuleSources.fromFile(path));
            } else {
                throw new IOException(path + ": not a rule file (.drl) or folder");
            }
        }
        return new ArrayList<>(byFile.values());
    }
}
