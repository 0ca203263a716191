package uk.practicecheck.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.policy.Policy;

/** Evaluates records that have been read, keeping every one: evaluated or rejected. */
public final class Auditor {
    private final RuleBook ruleBook;
    private final Policy policy;
    private final RecommendationCatalogue catalogue;

    public Auditor(RuleBook ruleBook, Policy policy, RecommendationCatalogue catalogue) {
        this.ruleBook = ruleBook;
        this.policy = policy;
        this.catalogue = catalogue;
    }

    public AuditResult audit(List<ReadResult> records, LocalDate asOf) {
        List<CaseResult> cases = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (CaseEvaluator evaluator = new CaseEvaluator(ruleBook, policy)) {
            for (ReadResult record : records) {
                if (record instanceof ReadResult.Ok ok) {
                    evaluate(evaluator, ok.parsed(), asOf, cases, rejections);
                } else if (record instanceof ReadResult.Rejected rejected) {
                    rejections.add(rejected.rejection());
                }
            }
        }
        return new AuditResult(asOf, policy.name(), ruleBook.rules(), catalogue, cases, rejections);
    }

    private static void evaluate(CaseEvaluator evaluator, ParsedCase parsed, LocalDate asOf,
                                 List<CaseResult> cases, List<Rejection> rejections) {
        try {
            cases.add(evaluator.evaluate(parsed.summary(), asOf, parsed.source(), parsed.warnings()));
        } catch (CaseEvaluator.EvaluationException e) {
            rejections.add(new Rejection(parsed.source(), null, e.getMessage()));
        }
    }
}
