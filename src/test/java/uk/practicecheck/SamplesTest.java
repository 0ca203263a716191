package uk.practicecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.fixtures.FixtureLoader;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;

/**
 * The samples in {@code samples/} are the project's showcase: they must read cleanly and,
 * together, as of {@link TestSamples#AS_OF}, show every outcome each rule's fixtures show it can reach.
 */
class SamplesTest {
    /**
     * The outcomes each rule can reach, by rule id: those its own fixtures show. A rule's fixtures
     * prove what it can conclude; the samples must show all of it to a reader.
     */
    private static Map<String, Set<Outcome>> outcomesShownByFixtures(RuleBook rules) throws IOException {
        Map<String, Set<Outcome>> byRule = new TreeMap<>();
        for (Fixture fixture : FixtureLoader.findAll(TestRuleBooks.RULES)) {
            Path ruleFile = fixture.ruleFile().toAbsolutePath().normalize();
            RuleInfo rule = rules.rules().stream()
                    .filter(r -> Path.of(r.file()).toAbsolutePath().normalize().equals(ruleFile))
                    .findFirst().orElseThrow(() -> new AssertionError("no rule for " + fixture.file()));
            byRule.computeIfAbsent(rule.id(), k -> EnumSet.noneOf(Outcome.class)).add(fixture.expect().outcome());
        }
        return byRule;
    }

    @Test
    void thereAreAtLeastSixSamplesOneCaseAFile() throws IOException {
        List<Path> files = TestSamples.files();
        assertTrue(files.size() >= 6, "samples: " + files);
        for (Path file : files) {
            assertTrue(file.getFileName().toString().matches("\\d\\d-[a-z0-9-]+\\.json"), file.toString());
            assertEquals(1, new CaseSummaryReader().readFile(file).size(), file + " holds one case");
        }
    }

    @Test
    void everySampleReadsWithoutRejectionOrWarning() throws IOException {
        for (ReadResult record : TestSamples.read()) {
            ParsedCase parsed = assertInstanceOf(ReadResult.Ok.class, record, record::toString).parsed();
            assertEquals(List.of(), parsed.warnings(), parsed.source().toString());
        }
    }

    @Test
    void everyRuleReachesEveryOutcomeItCanAcrossTheSamples() throws Exception {
        RuleBook rules = TestRuleBooks.projectRules();
        assertFalse(rules.rules().isEmpty());
        AuditResult result = TestSamples.audit(TestSamples.read());
        assertEquals(List.of(), result.rejections());

        Map<String, Set<Outcome>> reached = new TreeMap<>();
        for (CaseResult c : result.cases()) {
            for (RuleResult r : c.rules()) {
                reached.computeIfAbsent(r.rule().id(), k -> EnumSet.noneOf(Outcome.class)).add(r.outcome());
            }
        }
        Map<String, Set<Outcome>> possible = outcomesShownByFixtures(rules);
        List<String> gaps = new ArrayList<>();
        for (RuleInfo rule : rules.rules()) {
            Set<Outcome> expected = possible.getOrDefault(rule.id(), EnumSet.noneOf(Outcome.class));
            assertTrue(expected.containsAll(EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE, Outcome.CANNOT_TELL)),
                    rule.id() + " fixtures show only " + expected);
            Set<Outcome> missing = EnumSet.copyOf(expected);
            missing.removeAll(reached.getOrDefault(rule.id(), Set.of()));
            if (!missing.isEmpty()) {
                gaps.add(rule.id() + " never reaches " + missing);
            }
        }
        assertEquals(List.of(), gaps, "add or change a sample so that every rule shows every outcome");
    }

    @Test
    void noSampleMakesARuleFail() throws Exception {
        for (CaseResult c : TestSamples.audit(TestSamples.read()).cases()) {
            assertEquals(0, c.count(Outcome.ERROR), c.caseId());
        }
    }
}
