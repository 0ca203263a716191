package uk.practicecheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.CaseNeedingAction;
import uk.practicecheck.audit.GroupTally;
import uk.practicecheck.audit.OutcomeCounts;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.io.Rejection;

/**
 * The tables of an audit report as rows of text, shared by the text, Markdown and HTML
 * writers so that they always say the same thing; each writer only lays them out.
 */
final class AuditTables {
    static final String COMPLIANCE_NOTE = "Compliance is met out of judged (met, not met or rule error); "
            + "cannot tell, not yet due and not applicable are not judged.";

    /**
     * A table.
     *
     * @param numericFrom the index of the first column holding numbers (aligned right)
     */
    record Table(String title, List<String> headers, int numericFrom, List<List<String>> rows) {
    }

    private AuditTables() {
    }

    static String headline(AuditSummary s) {
        return String.format(Locale.UK, "Records read: %,d = %,d evaluated + %,d rejected.", s.recordsRead(),
                s.evaluated(), s.rejected());
    }

    static String actionLine(AuditSummary s) {
        return String.format(Locale.UK, "Cases needing action (a rule not met or failed): %,d of %,d evaluated (%s). "
                + "Cases with input warnings: %,d.", s.casesNeedingAction(), s.evaluated(),
                percent(s.evaluated() == 0 ? null : (double) s.casesNeedingAction() / s.evaluated()), s.casesWithWarnings());
    }

    static String judgedLine(AuditSummary s) {
        return String.format(Locale.UK, "Judged against %d rules with the policy \"%s\"%s.", s.rules().size(),
                s.policyName(), s.pseudonymised() ? "; child identifiers pseudonymised" : "");
    }

    static List<Table> all(AuditSummary s) {
        return List.of(byRule(s), byRecommendation(s), byTeam(s), byWorker(s));
    }

    static Table byRule(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, OutcomeCounts> e : s.byRule().entrySet()) {
            RuleInfo rule = s.rule(e.getKey());
            List<String> row = new ArrayList<>(List.of(rule.id(), rule.title(), rule.severity().name().toLowerCase(Locale.ROOT)));
            row.addAll(counts(e.getValue()));
            rows.add(row);
        }
        return new Table("Compliance by rule", headers("Rule", "Title", "Severity"), 3, rows);
    }

    static Table byRecommendation(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, OutcomeCounts> e : s.byRecommendation().entrySet()) {
            String report = s.catalogue().find(e.getKey()).map(Recommendation::report).orElse("not in the catalogue");
            List<String> row = new ArrayList<>(List.of(e.getKey(), report));
            row.addAll(counts(e.getValue()));
            rows.add(row);
        }
        return new Table("Compliance by recommendation (cases)", headers("Recommendation", "Report"), 2, rows);
    }

    static Table byTeam(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupTally team : s.teams()) {
            List<String> row = new ArrayList<>(List.of(team.name(), number(team.cases()), number(team.casesNotMet())));
            row.addAll(counts(team.results()));
            rows.add(row);
        }
        return new Table("Compliance by team", headers("Team", "Cases", "Cases not met"), 1, rows);
    }

    static Table byWorker(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupTally worker : s.workers()) {
            List<String> row = new ArrayList<>(List.of(worker.name(), worker.team(), number(worker.cases()),
                    number(worker.casesNotMet())));
            row.addAll(counts(worker.results()));
            rows.add(row);
        }
        return new Table("Compliance by worker", headers("Worker", "Team", "Cases", "Cases not met"), 2, rows);
    }

    static Table mostPressing(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (CaseNeedingAction c : s.mostPressing()) {
            for (CaseNeedingAction.Item item : c.items()) {
                rows.add(List.of(Integer.toString(rank), c.caseId(), orBlank(c.childName()), orBlank(c.team()),
                        orBlank(c.worker()), item.ruleId(), item.severity().name().toLowerCase(Locale.ROOT),
                        item.dueDate() == null ? "" : item.dueDate().toString(),
                        item.daysOverdue() == null ? "" : number(item.daysOverdue()), item.message()));
            }
            rank++;
        }
        return new Table(String.format(Locale.UK, "Cases needing action first (%s)", shown(s.mostPressing().size(),
                s.casesNeedingAction())), List.of("#", "Case", "Child", "Team", "Worker", "Rule", "Severity",
                "Due", "Days overdue", "Finding"), 99, rows);
    }

    static Table rejections(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Rejection r : s.rejections()) {
            rows.add(List.of(r.source().file(), Long.toString(r.source().record()), orBlank(r.field()), r.reason()));
        }
        return new Table(String.format(Locale.UK, "Rejected records, not evaluated (%s)", shown(s.rejections().size(),
                s.rejected())), List.of("File", "Record", "Field", "Reason"), 99, rows);
    }

    static String shown(int shown, long total) {
        return shown == total ? String.format(Locale.UK, "%,d", total)
                : String.format(Locale.UK, "showing %,d of %,d", shown, total);
    }

    static String percent(Double rate) {
        return rate == null ? "-" : String.format(Locale.UK, "%.1f%%", rate * 100);
    }

    static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static List<String> headers(String... first) {
        List<String> headers = new ArrayList<>(List.of(first));
        headers.addAll(List.of("Compliance", "Met", "Not met", "Rule error", "Cannot tell", "Not yet due", "Not applicable"));
        return headers;
    }

    private static List<String> counts(OutcomeCounts counts) {
        return List.of(percent(counts.complianceRate()), number(counts.get(Outcome.MET)), number(counts.get(Outcome.NOT_MET)),
                number(counts.get(Outcome.ERROR)), number(counts.get(Outcome.CANNOT_TELL)),
                number(counts.get(Outcome.NOT_YET_DUE)), number(counts.get(Outcome.NOT_APPLICABLE)));
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
