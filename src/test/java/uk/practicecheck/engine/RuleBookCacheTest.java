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
import java.util.List;
import java.util.stream.Stream;
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
        Path stored = onlyFile();
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(stored, written);

        RuleBook loaded = RuleBookCompiler.compile(sources, cache);

        assertEquals(written, Files.getLastModifiedTime(stored), "the cached module was compiled again, not loaded");
        assertEquals(TestRuleBooks.projectRules().rules(), loaded.rules());
        try (FixtureRunner runner = new FixtureRunner(loaded, PolicyLoader.defaults())) {
            for (Fixture fixture : FixtureLoader.findAll(TestRuleBooks.RULES)) {
                assertTrue(runner.run(fixture).passed(), fixture.file().toString());
            }
        }
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws Exception {
        List<RuleSource> sources = RuleSources.fromDirectory(TestRuleBooks.RULES);
        RuleBookCache cache = new RuleBookCache(cacheDirectory, "test");
        RuleBookCompiler.compile(sources, cache);
        Path stored = onlyFile();
        Files.writeString(stored, "not a jar", StandardCharsets.UTF_8);

        RuleBook book = RuleBookCompiler.compile(sources, cache);

        assertEquals(TestRuleBooks.projectRules().rules(), book.rules());
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(Files.readAllBytes(stored), 2), "replaced by a jar");
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
    void anUnwritableCacheOnlyCostsACompilation() throws Exception {
        Path blocked = cacheDirectory.resolve("a-file-not-a-folder");
        Files.writeString(blocked, "x");
        RuleBook book = RuleBookCompiler.compile(RuleSources.fromDirectory(TestRuleBooks.RULES),
                new RuleBookCache(blocked.resolve("cache"), "test"));
        assertEquals(TestRuleBooks.projectRules().rules(), book.rules());
    }

    private Path onlyFile() throws Exception {
        try (Stream<Path> files = Files.list(cacheDirectory)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all::toString);
            return all.get(0);
        }
    }
}
