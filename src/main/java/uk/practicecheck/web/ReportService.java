package uk.practicecheck.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.audit.Auditor;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.policy.Policy;

/**
 * What the server judges cases with: one rule book, compiled once at start-up and shared by every
 * request. Each request evaluates with its own session (the {@link Auditor} opens one per run);
 * at most one run per processor goes at a time, so a burst of uploads queues rather than
 * exhausting memory.
 */
public final class ReportService {
    private static final long QUEUE_WAIT_SECONDS = 60;

    private final RuleBook ruleBook;
    private final Policy policy;
    private final RecommendationCatalogue catalogue;
    private final Semaphore runs = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    public ReportService(RuleBook ruleBook, Policy policy, RecommendationCatalogue catalogue) {
        this.ruleBook = ruleBook;
        this.policy = policy;
        this.catalogue = catalogue;
    }

    RuleBook ruleBook() {
        return ruleBook;
    }

    Policy policy() {
        return policy;
    }

    RecommendationCatalogue catalogue() {
        return catalogue;
    }

    AuditResult check(List<ReadResult> records, LocalDate asOf) {
        boolean acquired;
        try {
            acquired = runs.tryAcquire(QUEUE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebProblem(503, "The server is stopping; try again shortly.");
        }
        if (!acquired) {
            throw new WebProblem(503, "The server is busy with other reports; try again in a minute.");
        }
        try {
            return new Auditor(ruleBook, policy, catalogue).audit(records, asOf);
        } finally {
            runs.release();
        }
    }
}
