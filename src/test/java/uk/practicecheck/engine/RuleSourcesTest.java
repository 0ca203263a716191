package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;

class RuleSourcesTest {
    @TempDir
    Path temp;

    @Test
    void theRulesInAJarAreReadAsTheSameFolderIsOnDisk() throws Exception {
        Path jar = temp.resolve("tool.jar");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestRuleBooks.RULES)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> b.compareTo(a)).toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
            entries.putNextEntry(new JarEntry("uk/Other.class"));
            entries.putNextEntry(new JarEntry("rules/"));
            for (Path file : files) {
                entries.putNextEntry(new JarEntry("rules/" + TestRuleBooks.RULES.relativize(file).toString().replace('\\', '/')));
                entries.write(Files.readAllBytes(file));
            }
        }
        List<RuleSource> fromDisk = RuleSources.fromDirectory(TestRuleBooks.RULES).stream()
                .map(s -> new RuleSource(s.path(), "bundled", s.text())).toList();

        List<RuleSource> fromJar = RuleSources.readJar(jar);

        assertFalse(fromJar.isEmpty());
        assertEquals(fromDisk, fromJar, "the same files, texts and order; only .drl files");
    }
}
