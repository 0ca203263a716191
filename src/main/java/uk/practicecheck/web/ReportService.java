package uk.practicecheck.web;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.report.AuditCsvWriter;
import uk.practicecheck.report.AuditHtmlWriter;
import uk.practicecheck.report.AuditJsonWriter;
import uk.practicecheck.report.AuditMarkdownWriter;

/**
 * What the server judges cases with: one rule book, compiled once at start-up and shared by every
 * request. Each request runs its own single-threaded auditor (its own evaluator session); at most
 * one run per processor goes at a time, so a burst of uploads queues rather than exhausting memory.
 */
public final class ReportService {
    private static final long QUEUE_WAIT_SECONDS = 60;
    /** How many cases needing action, and rejections, an aggregated report lists. */
    static final int AUDIT_LIST_LIMIT = 100;

    /** The formats of {@code /api/audit}, named as for {@code audit --format}. */
    enum AuditFormat {
        json("application/json"), html("text/html"), csv("text/csv"), md("text/markdown");

        final String mediaType;

        AuditFormat(String mediaType) {
            this.mediaType = mediaType;
        }
    }

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

    /** Every case's results, as {@code check} reports them. */
    AuditResult check(List<CaseInput> inputs, LocalDate asOf) throws IOException {
        acquire();
        try {
            return auditor(asOf).auditAll(inputs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping();
        } finally {
            runs.release();
        }
    }

    /** The aggregated report {@code audit} writes, in the given format. */
    AuditSummary audit(List<CaseInput> inputs, LocalDate asOf, AuditFormat format, Writer out) throws IOException {
        acquire();
        try {
            StreamingAuditor auditor = auditor(asOf);
            if (format == AuditFormat.csv) {
                AuditCsvWriter csv = new AuditCsvWriter(out, AuditCsvWriter.Rows.ATTENTION,
                        asOf.plusDays(StreamingAuditor.Settings.DEFAULT_DUE_WITHIN_DAYS));
                AuditSummary summary = auditor.audit(inputs, csv);
                csv.close();
                return summary;
            }
            AuditSummary summary = auditor.audit(inputs, RecordSink.NONE);
            switch (format) {
                case html -> new AuditHtmlWriter().write(summary, out);
                case md -> new AuditMarkdownWriter().write(summary, out);
                default -> new AuditJsonWriter().write(summary, out);
            }
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping();
        } finally {
            runs.release();
        }
    }

    private StreamingAuditor auditor(LocalDate asOf) {
        return new StreamingAuditor(ruleBook, policy, catalogue,
                new StreamingAuditor.Settings(asOf, 1, AUDIT_LIST_LIMIT, AUDIT_LIST_LIMIT, null));
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = runs.tryAcquire(QUEUE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopping();
        }
        if (!acquired) {
            throw WebProblem.busy("The server is busy with other reports; try again in a minute.", 60);
        }
    }

    private static WebProblem stopping() {
        return WebProblem.busy("The server is stopping; try again shortly.", 30);
    }
}
