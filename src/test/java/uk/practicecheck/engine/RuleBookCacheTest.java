package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.core.impl.InternalRuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.fixtures.FixtureLoader;
import uk.practicecheck.fixtures.FixtureRunner;
import uk.practicecheck.policy.PolicyLoader;

class RuleBookCacheTest {
    @TempDir
    Path cacheDirectory;

    @Test
    void aRuleBookLoadedFromTheCacheReachesEveryFixturesOutcome() throws Exception {
        List<RuleSource> sources = RuleSources.fromDirectory(TestRuleBooks.RULES);
        RuleBookCache cache = new RuleBookCache(cacheDirectory, "test");
        RuleBookCompiler.compile(sources, cache);
        Path stored = storedFile(".jar");
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(stored, written);

        RuleBook loaded = RuleBookCompiler.compile(sources, cache);

        assertEquals(written, Files.getLastModifiedTime(stored), "the cached module was compiled again, not loaded");
        assertEquals(TestRuleBooks.projectRules().rules(), loaded.rules());
        assertTrue(evaluatesSequentially(TestRuleBooks.projectRules()), "compiled");
        assertTrue(evaluatesSequentially(loaded), "loaded from the cache");
        try (FixtureRunner runner = new FixtureRunner(loaded, PolicyLoader.defaults())) {
            for (Fixture fixture : FixtureLoader.findAll(TestRuleBooks.RULES)) {
                assertTrue(runner.run(fixture).passed(), fixture.file().toString());
            }
        }
    }

    /** Whether the rule book is set up for one pass of its rules, keeping no memory of matches (see RuleBookCompiler). */
    private static boolean evaluatesSequentially(RuleBook book) {
        return ((InternalRuleBase) book.kieBase()).getRuleBaseConfiguration().isSequential();
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws Exception {
        List<RuleSource> sources = RuleSources.fromDirectory(TestRuleBooks.RULES);
        RuleBookCache cache = new RuleBookCache(cacheDirectory, "test");
        RuleBookCompiler.compile(sources, cache);
        Path stored = storedFile(".jar");
        Files.writeString(stored, "not a jar", StandardCharsets.UTF_8);

        RuleBook book = RuleBookCompiler.compile(sources, cache);

        assertEquals(TestRuleBooks.projectRules().rules(), book.rules());
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(Files.readAllBytes(stored), 2), "replaced by a jar");
    }

    @Test
    void anEntryWithoutItsRulesMetadataIsCompiledAgainAndCompleted() throws Exception {
        List<RuleSource> sources = RuleSources.fromDirectory(TestRuleBooks.RULES);
        RuleBookCache cache = new RuleBookCache(cacheDirectory, "test");
        RuleBookCompiler.compile(sources, cache);
        Path rules = storedFile(".rules.json");
        Path module = storedFile(".jar");
        Files.delete(rules);
        Files.setLastModifiedTime(module, FileTime.fromMillis(0));

        RuleBook book = RuleBookCompiler.compile(sources, cache);

        assertEquals(TestRuleBooks.projectRules().rules(), book.rules());
        assertTrue(Files.isRegularFile(rules), "the metadata is stored again");
        assertNotEquals(FileTime.fromMillis(0), Files.getLastModifiedTime(module), "the module was compiled again");
    }

    @Test
    void theKeyChangesWithAnyRuleTextAndWithTheToolBuild() throws Exception {
        List<RuleSource> sources = RuleSources.fromDirectory(TestRuleBooks.RULES);
        RuleSource first = sources.get(0);
        List<RuleSource> edited = Stream.concat(
                Stream.of(new RuleSource(first.path(), first.origin(), first.text() + "\n// edited")),
                sources.stream().skip(1)).toList();
        RuleBookCache cache = new RuleBookCache(cacheDirectory, "build 1");

        assertEquals(cache.key(sources), cache.key(List.copyOf(sources)));
        assertNotEquals(cache.key(sources), cache.key(edited));
        assertNotEquals(cache.key(sources), new RuleBookCache(cacheDirectory, "build 2").key(sources));
    }

    @Test
    void aStoredModuleIsReadIntoTheSameFilesAsDroolsReadsIt() throws Exception {
        RuleBookCompiler.Compilation compilation = RuleBookCompiler.check(RuleSources.fromDirectory(TestRuleBooks.RULES));
        byte[] jar = compilation.module().getBytes();

        Map<String, String> ours = contents(RuleBookCompiler.readJar(jar));

        assertEquals(contents(MemoryFileSystem.readFromJar(jar)), ours);
        assertTrue(ours.keySet().stream().anyMatch(name -> name.endsWith(".class")), ours.keySet()::toString);
    }

    private static Map<String, String> contents(MemoryFileSystem files) {
        Map<String, String> byName = new TreeMap<>();
        files.getMap().forEach((path, bytes) -> byName.put(path.asString(), HexFormat.of().formatHex(bytes)));
        return byName;
    }

    @Test
    void anUnwritableCacheOnlyCostsACompilation() throws Exception {
        Path blocked = cacheDirectory.resolve("a-file-not-a-folder");
        Files.writeString(blocked, "x");
        RuleBook book = RuleBookCompiler.compile(RuleSources.fromDirectory(TestRuleBooks.RULES),
                new RuleBookCache(blocked.resolve("cache"), "test"));
        assertEquals(TestRuleBooks.projectRules().rules(), book.rules());
    }

    /** The one file of the cache's one entry whose name ends with {@code suffix}; the entry is a module and its rules. */
    private Path storedFile(String suffix) throws Exception {
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            List<Path> all = files.toList();
            assertEquals(2, all.size(), all::toString);
            List<Path> matching = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, matching.size(), all::toString);
            return matching.get(0);
        }
    }
}
