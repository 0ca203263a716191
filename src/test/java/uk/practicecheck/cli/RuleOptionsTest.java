package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleOptionsTest {
    @TempDir
    Path temp;

    @Test
    void whatACommandPreparesMeanwhileRunsOnItsOwnThreadOnceThePolicyIsLoaded() throws Exception {
        List<Thread> ranOn = new ArrayList<>();
        StringWriter err = new StringWriter();

        RuleOptions.Loaded loaded = new RuleOptions().load(new PrintWriter(err, true), () -> ranOn.add(Thread.currentThread()));

        assertNotNull(loaded, err.toString());
        assertNotNull(loaded.ruleBook());
        assertEquals(List.of(Thread.currentThread()), ranOn);
    }

    @Test
    void aPolicyThatCannotBeLoadedIsReportedWithoutPreparingAnything() throws Exception {
        RuleOptions options = new RuleOptions();
        options.policyFile = Files.writeString(temp.resolve("policy.json"), "{ not json");
        List<Thread> ranOn = new ArrayList<>();
        StringWriter err = new StringWriter();

        assertNull(options.load(new PrintWriter(err, true), () -> ranOn.add(Thread.currentThread())));

        assertTrue(ranOn.isEmpty());
        assertTrue(err.toString().startsWith("practice-check: "), err.toString());
    }
}
