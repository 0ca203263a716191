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
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;

/**
 * The samples in {@code samples/} are the project's showcase: they must read cleanly and,
 * together, as of {@link TestSamples#AS_OF}, show every outcome each rule can reach.
 */
class SamplesTest {
    /** Every rule can be met, not met, not applicable, or undecidable from the record. */
    private static final Set<Outcome> EVERY_RULE = EnumSet.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE,
            Outcome.CANNOT_TELL);

    /** Outcomes some rules cannot reach, by rule id, each with the reason. Every other rule can also be not yet due. */
    private static final Map<String, Map<Outcome, String>> CANNOT_REACH = Map.of(
            "plans.specific", Map.of(Outcome.NOT_YET_DUE, "it has no timescale: a plan is judged as it stands"));

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
        List<String> gaps = new ArrayList<>();
        for (RuleInfo rule : rules.rules()) {
            Set<Outcome> expected = EnumSet.copyOf(EVERY_RULE);
            expected.add(Outcome.NOT_YET_DUE);
            expected.removeAll(CANNOT_REACH.getOrDefault(rule.id(), Map.of()).keySet());
            Set<Outcome> missing = EnumSet.copyOf(expected);
            missing.removeAll(reached.getOrDefault(rule.id(), Set.of()));
            if (!missing.isEmpty()) {
                gaps.add(rule.id() + " never reaches " + missing);
            }
        }
        assertEquals(List.of(), gaps, "add or change a sample so that every rule shows every outcome");
    }

    @Test
    void exceptionsAreForRulesThatExist() throws Exception {
        RuleBook rules = TestRuleBooks.projectRules();
        for (String id : CANNOT_REACH.keySet()) {
            assertTrue(rules.rule(id).isPresent(), "no rule " + id + ": drop its exception");
        }
    }

    @Test
    void noSampleMakesARuleFail() throws Exception {
        for (CaseResult c : TestSamples.audit(TestSamples.read()).cases()) {
            assertEquals(0, c.count(Outcome.ERROR), c.caseId());
        }
    }
}
