package uk.practicecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorTally;
import uk.practicecheck.indicator.Period;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.policy.PolicyLoader;

/** The synthetic cases in {@code samples/}, and the date their outcomes are described as of. */
public final class TestSamples {
    public static final Path SAMPLES = Path.of("samples");
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private TestSamples() {
    }

    public static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Every sample file read, in name order. */
    public static List<ReadResult> read() throws IOException {
        CaseSummaryReader reader = new CaseSummaryReader();
        List<ReadResult> records = new ArrayList<>();
        for (Path file : files()) {
            records.addAll(reader.readFile(file));
        }
        return records;
    }

    /** Records evaluated with the project's rules and the statutory policy, as of {@link #AS_OF}. */
    public static AuditResult audit(List<ReadResult> records) throws Exception {
        List<CaseResult> cases = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        RuleBook rules = TestRuleBooks.projectRules();
        Policy policy = PolicyLoader.defaults();
        IndicatorTally indicators = IndicatorCatalogue.bundled().tally(Period.yearTo(AS_OF));
        try (CaseEvaluator evaluator = new CaseEvaluator(rules, policy)) {
            for (ReadResult record : records) {
                if (record instanceof ReadResult.Ok ok) {
                    CaseResult result = evaluator.evaluate(ok.parsed().summary(), AS_OF, ok.parsed().source(), ok.parsed().warnings());
                    cases.add(result);
                    indicators.add(ok.parsed().summary(), result);
                } else {
                    rejections.add(((ReadResult.Rejected) record).rejection());
                }
            }
        }
        return new AuditResult(AS_OF, policy.name(), rules.rules(), RecommendationCatalogue.bundled(), cases, rejections,
                indicators.report(), policy);
    }
}
