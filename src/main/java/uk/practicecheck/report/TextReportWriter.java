package uk.practicecheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.text.WordUtils;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.Rejection;

/** The plain-language report a team manager reads: case by case, what is overdue and what the inspectors asked. */
public final class TextReportWriter {
    private static final int WIDTH = 100;
    private static final String INDENT = "      ";

    public void write(AuditResult result, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.printf("practice-check report as of %s%n", result.asOf());
        out.printf("Judged against %d rules with the policy \"%s\".%n", result.rules().size(), result.policyName());
        out.printf("Read %d records: %d evaluated, %d rejected.%n", result.recordsRead(), result.cases().size(),
                result.rejections().size());
        for (CaseResult c : result.cases()) {
            writeCase(out, c, result);
        }
        if (!result.rejections().isEmpty()) {
            out.println();
            out.printf("Rejected records (%d) - not evaluated:%n", result.rejections().size());
            for (Rejection r : result.rejections()) {
                out.println("  " + r.describe());
            }
        }
        out.println();
        writeTotals(out, result);
        out.flush();
    }

    private void writeCase(PrintWriter out, CaseResult c, AuditResult result) {
        out.println();
        out.println("=".repeat(WIDTH));
        out.print("Case " + c.caseId());
        if (StringUtils.isNotBlank(c.childName())) {
            out.print(" - " + c.childName());
        }
        out.println();
        out.printf("  Team: %s | Worker: %s | From: %s%n", orUnknown(c.team()), orUnknown(c.worker()), c.source());
        long applicable = c.rules().stream().filter(r -> r.outcome() != Outcome.NOT_APPLICABLE).count();
        out.printf("  Overall: %s - %d of %d applicable rules not met%n", c.outcome().words().toUpperCase(Locale.ROOT),
                c.count(Outcome.NOT_MET), applicable);
        for (String warning : c.warnings()) {
            out.println("  Note: " + warning);
        }
        List<RuleResult> ordered = c.rules().stream()
                .sorted(Comparator.comparing(RuleResult::outcome).thenComparing(r -> r.rule().id())).toList();
        for (RuleResult r : ordered) {
            writeRule(out, r, result);
        }
    }

    private void writeRule(PrintWriter out, RuleResult r, AuditResult result) {
        out.println();
        out.printf("  %-15s %s%n", r.outcome().words().toUpperCase(Locale.ROOT), r.rule().title());
        out.printf("%s[%s | severity %s | %s]%n", INDENT, r.rule().id(), r.rule().severity().name().toLowerCase(Locale.ROOT),
                String.join(", ", r.rule().recommendationIds()));
        if (r.outcome() == Outcome.NOT_APPLICABLE) {
            if (StringUtils.isNotBlank(r.rule().appliesTo())) {
                out.println(wrap("Applies to " + r.rule().appliesTo() + "; nothing of that kind in this case.", INDENT));
            }
            return;
        }
        for (Finding f : r.findings()) {
            out.println(wrap("- " + StringUtils.capitalize(f.subject()) + ": " + f.message(), INDENT));
        }
        if (r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.CANNOT_TELL) {
            List<String> ids = r.rule().recommendationIds();
            result.catalogue().find(ids.get(0)).ifPresent(rec -> writeRecommendation(out, rec));
            if (ids.size() > 1) {
                out.println(wrap("Also asked in " + String.join(", ", ids.subList(1, ids.size())) + ".", INDENT));
            }
        }
    }

    private void writeRecommendation(PrintWriter out, Recommendation rec) {
        out.println(wrap("Inspectors asked (" + rec.id() + ", " + rec.report() + ", " + rec.date() + "):", INDENT));
        out.println(wrap("\"" + rec.text() + "\"", INDENT + "  "));
    }

    private void writeTotals(PrintWriter out, AuditResult result) {
        Map<Outcome, Long> counts = result.outcomeCounts();
        StringBuilder line = new StringBuilder("Totals across cases and rules:");
        for (Outcome outcome : Outcome.values()) {
            long n = counts.get(outcome);
            if (n > 0 || outcome != Outcome.ERROR) {
                line.append(' ').append(outcome.words()).append(' ').append(n).append(',');
            }
        }
        line.setLength(line.length() - 1);
        out.println(line);
        out.printf("Cases with at least one rule not met: %d of %d.%n", result.casesWith(Outcome.NOT_MET), result.cases().size());
    }

    private static String wrap(String text, String indent) {
        return indent + WordUtils.wrap(text, WIDTH - indent.length(), System.lineSeparator() + indent + "  ", true);
    }

    private static String orUnknown(String value) {
        return StringUtils.isBlank(value) ? "not recorded" : value;
    }
}
