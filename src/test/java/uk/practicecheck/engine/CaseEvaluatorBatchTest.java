package uk.practicecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.TestSamples;
import uk.practicecheck.generate.CaseGenerator;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.policy.PolicyLoader;

/** Cases evaluated together in one session must come out exactly as they do one at a time. */
class CaseEvaluatorBatchTest {
    private static final LocalDate AS_OF = TestSamples.AS_OF;

    @Test
    void theSamplesEvaluatedInOneBatchComeOutAsTheyDoOneByOne() throws Exception {
        assertSameInBatches(() -> {
            try {
                return TestSamples.read().stream().filter(ReadResult.Ok.class::isInstance)
                        .map(r -> ((ReadResult.Ok) r).parsed()).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 64);
    }

    @Test
    void generatedCasesEvaluatedInBatchesComeOutAsTheyDoOneByOne() throws Exception {
        assertSameInBatches(() -> {
            CaseGenerator generator = new CaseGenerator(11, AS_OF);
            List<ParsedCase> cases = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                cases.add(new ParsedCase(new RecordSource("generated", i), generator.generate(i), List.of()));
            }
            return cases;
        }, 64);
    }

    /** Each call of {@code cases} must give fresh objects: evaluation restricts a case in place. */
    private static void assertSameInBatches(Supplier<List<ParsedCase>> cases, int batchSize) throws Exception {
        List<CaseResult> oneByOne = new ArrayList<>();
        List<CaseResult> batched = new ArrayList<>();
        try (CaseEvaluator evaluator = new CaseEvaluator(TestRuleBooks.projectRules(), PolicyLoader.defaults())) {
            for (ParsedCase c : cases.get()) {
                oneByOne.add(evaluator.evaluate(c.summary(), AS_OF, c.source(), c.warnings()));
            }
            List<ParsedCase> all = cases.get();
            for (int from = 0; from < all.size(); from += batchSize) {
                for (CaseEvaluation evaluation : evaluator.evaluateAll(all.subList(from, Math.min(all.size(), from + batchSize)), AS_OF)) {
                    batched.add(assertInstanceOf(CaseEvaluation.Done.class, evaluation).result());
                }
            }
        }
        assertTrue(oneByOne.size() > 30, "too few cases to compare: " + oneByOne.size());
        assertEquals(oneByOne.size(), batched.size());
        for (int i = 0; i < oneByOne.size(); i++) {
            assertEquals(oneByOne.get(i), batched.get(i), "case " + oneByOne.get(i).caseId());
        }
    }

    @Test
    void whenTheEngineFailsOnOneCaseOnlyThatCaseIsLost() throws Exception {
        String drl = """
                package practicecheck.rules;

                import uk.practicecheck.model.CaseSummary;

                global uk.practicecheck.engine.FindingRecorder findings;

                rule "Case id has a prefix"
                    @id("test.prefix")
                    @title("Reads past the end of a short case id, outside any consequence")
                    @recommendation("STK-2016-R3")
                    @severity("low")
                    @since("0.1.0")
                    @appliesTo("every case")
                when
                    $case : CaseSummary()
                    $prefix : String() from $case.getCaseId().substring(0, 4)
                then
                    findings.about("the case id").require("has a prefix", $prefix.length() == 4);
                end
                """;
        RuleBook book = RuleBookCompiler.compile(List.of(new RuleSource("test/prefix.drl", "local-rules", drl)));
        List<ParsedCase> cases = List.of(parsedCase("SYN-1", 1), parsedCase("X", 2), parsedCase("SYN-3", 3));

        try (CaseEvaluator evaluator = new CaseEvaluator(book, PolicyLoader.defaults())) {
            List<CaseEvaluation> evaluations = evaluator.evaluateAll(cases, AS_OF);

            assertEquals(3, evaluations.size());
            assertEquals(Outcome.MET, assertInstanceOf(CaseEvaluation.Done.class, evaluations.get(0)).result().outcome());
            CaseEvaluation.Failed failed = assertInstanceOf(CaseEvaluation.Failed.class, evaluations.get(1));
            assertEquals(2, failed.source().record());
            assertTrue(failed.reason().startsWith("the rules could not be evaluated on this case"), failed.reason());
            assertEquals("SYN-3", assertInstanceOf(CaseEvaluation.Done.class, evaluations.get(2)).result().caseId());
            CaseEvaluation afterwards = evaluator.evaluateAll(List.of(parsedCase("SYN-4", 4)), AS_OF).get(0);
            assertEquals(Outcome.MET, assertInstanceOf(CaseEvaluation.Done.class, afterwards).result().outcome());
        }
    }

    private static ParsedCase parsedCase(String caseId, long record) {
        CaseSummary summary = new CaseSummary();
        summary.setCaseId(caseId);
        return new ParsedCase(new RecordSource("batch.ndjson", record), summary, List.of());
    }
}
