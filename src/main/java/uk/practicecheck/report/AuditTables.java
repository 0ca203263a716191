package uk.practicecheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.CaseNeedingAction;
import uk.practicecheck.audit.DueSoon;
import uk.practicecheck.audit.GroupTally;
import uk.practicecheck.audit.OutcomeCounts;
import uk.practicecheck.audit.Standing;
import uk.practicecheck.catalogue.Recommendation;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.Severity;
import uk.practicecheck.io.Rejection;

/**
 * The sentences and tables of an audit report as rows of text, shared by the text, Markdown,
 * HTML and spreadsheet writers so that they always say the same thing; each writer only lays them
 * out. Every cell is made safe with {@link SafeText#clean}. A new section is a new method here
 * returning a {@link Table}, laid out by each writer's table method.
 */
final class AuditTables {
    static final List<String> COUNTING_NOTES = List.of(
            "How the rates are counted: each occasion a duty fell due is judged on its own. A one-off duty is one "
                    + "occasion; a recurring duty (reviews, visits, supervision, health assessments, education plans) is one "
                    + "occasion for each time it fell due so far, plus the next one if it is not yet due.",
            "Compliance is the occasions met out of those judged (met, not met or rule error); occasions the record "
                    + "cannot tell about and those not yet due are shown but not judged. Not applicable counts cases where "
                    + "the rule found nothing to check.",
            "Cases all on time: of the cases with at least one occasion judged, those where every one was met.",
            "Compliance by recommendation counts cases: a case is met when every occasion judged under the rules "
                    + "enforcing it was met.");

    /**
     * A table.
     *
     * @param numericFrom the index of the first column holding numbers (aligned right)
     */
    record Table(String title, List<String> headers, int numericFrom, List<List<String>> rows) {
    }

    private AuditTables() {
    }

    static String title(AuditSummary s) {
        return "practice-check audit as of " + date(s.asOf());
    }

    static String headline(AuditSummary s) {
        return String.format(Locale.UK, "Records read: %,d = %,d evaluated + %,d rejected.", s.recordsRead(),
                s.evaluated(), s.rejected());
    }

    static String actionLine(AuditSummary s) {
        return String.format(Locale.UK, "Cases needing action (a duty outstanding, or done late in the last %s): %,d of "
                + "%,d evaluated (%s). Cases with only historic shortfalls, listed for the record: %,d. Cases with input "
                + "warnings: %,d.", recentWindow(s), s.casesNeedingAction(), s.evaluated(),
                percent(s.evaluated() == 0 ? null : (double) s.casesNeedingAction() / s.evaluated()),
                s.casesForTheRecord(), s.casesWithWarnings());
    }

    static String dueSoonLine(AuditSummary s) {
        return String.format(Locale.UK, "Duties falling due in the next %s (to %s): %,d.", days(s.dueSoonUntil().toEpochDay()
                - s.asOf().toEpochDay()), date(s.dueSoonUntil()), s.dueSoonTotal());
    }

    static String judgedLine(AuditSummary s) {
        return String.format(Locale.UK, "Judged against %s with the policy \"%s\"%s.", plural(s.rules().size(), "rule"),
                SafeText.clean(s.policyName()), s.pseudonymised() ? "; child identifiers pseudonymised" : "");
    }

    /**
     * "Since the last audit: run 3 in the history, as of 2026-05-01. Compliance over all rules: 17.9% then,
     * 18.2% now (+0.3 points).", then each caution; nothing without a last audit.
     */
    static List<String> sinceLastAudit(AuditSummary s, LastAudit last) {
        if (last == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Double now = s.outcomes().complianceRate();
        lines.add(last.heading() + " Compliance over all rules: " + percent(last.overall()) + " then, " + percent(now)
                + " now (" + LastAudit.points(now, last.overall()) + "). Each rate below has its figure at that audit "
                + "and the change beside it.");
        last.cautions().forEach(caution -> lines.add(SafeText.clean("Caution: " + caution)));
        return lines;
    }

    /** The compliance tables, in the order shown, with the last audit's rates beside them when there is one. */
    static List<Table> compliance(AuditSummary s, LastAudit last) {
        return List.of(byRule(s, last), byRecommendation(s, last), byTeam(s, last), byWorker(s));
    }

    static Table byRule(AuditSummary s, LastAudit last) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, OutcomeCounts> e : s.byRule().entrySet()) {
            RuleInfo rule = s.rule(e.getKey());
            List<String> row = new ArrayList<>(List.of(rule.id(), rule.title(), severity(rule.severity())));
            row.addAll(occasions(e.getValue()));
            row.addAll(cases(e.getValue()));
            rows.add(clean(sinceLast(row, 4, last, last == null ? null : last.byRule(), e.getKey(), e.getValue())));
        }
        List<String> headers = new ArrayList<>(List.of("Rule", "Title", "Severity"));
        headers.addAll(OCCASION_HEADERS);
        headers.addAll(List.of("Cases judged", "Cases all on time", "Not applicable (cases)"));
        return new Table("Compliance by rule (occasions)", sinceLastHeaders(headers, 4, last), 3, rows);
    }

    static Table byRecommendation(AuditSummary s, LastAudit last) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, OutcomeCounts> e : s.byRecommendation().entrySet()) {
            String report = s.catalogue().find(e.getKey()).map(Recommendation::report).orElse("not in the catalogue");
            List<String> row = new ArrayList<>(List.of(e.getKey(), report));
            row.addAll(occasions(e.getValue()));
            rows.add(clean(sinceLast(row, 3, last, last == null ? null : last.byRecommendation(), e.getKey(), e.getValue())));
        }
        List<String> headers = new ArrayList<>(List.of("Recommendation", "Report"));
        headers.addAll(OCCASION_HEADERS);
        return new Table("Compliance by recommendation (cases)", sinceLastHeaders(headers, 3, last), 2, rows);
    }

    static Table byTeam(AuditSummary s, LastAudit last) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupTally team : s.teams()) {
            rows.add(clean(sinceLast(group(List.of(team.name()), team), 5, last, last == null ? null : last.byTeam(),
                    team.name(), team.results())));
        }
        return new Table("Compliance by team (occasions)", sinceLastHeaders(groupHeaders("Team"), 5, last), 1, rows);
    }

    /** The headers of "Last audit" and "Change" (in percentage points), inserted at {@code at} when there is a last audit. */
    static final List<String> SINCE_LAST_HEADERS = List.of("Last audit", "Change");

    private static List<String> sinceLastHeaders(List<String> headers, int at, LastAudit last) {
        if (last == null) {
            return headers;
        }
        List<String> with = new ArrayList<>(headers);
        with.addAll(at, SINCE_LAST_HEADERS);
        return with;
    }

    /** The row with the last audit's rate for {@code key} and the change to {@code now} inserted at {@code at}. */
    private static List<String> sinceLast(List<String> row, int at, LastAudit last, Map<String, Double> before, String key,
                                          OutcomeCounts now) {
        if (last == null) {
            return row;
        }
        List<String> with = new ArrayList<>(row);
        Double then = before.get(key);
        with.addAll(at, List.of(before.containsKey(key) ? percent(then) : "-", LastAudit.points(now.complianceRate(), then)));
        return with;
    }

    static Table byWorker(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupTally worker : s.workers()) {
            rows.add(clean(group(List.of(worker.name(), worker.team()), worker)));
        }
        return new Table("Compliance by worker (occasions)", groupHeaders("Worker", "Team"), 2, rows);
    }

    private static List<String> group(List<String> names, GroupTally g) {
        List<String> row = new ArrayList<>(names);
        row.addAll(List.of(number(g.cases()), number(g.casesNotMet()), number(g.dueSoon())));
        row.addAll(occasions(g.results()));
        row.add(number(g.results().casesAllOnTime()));
        return row;
    }

    private static List<String> groupHeaders(String... names) {
        List<String> headers = new ArrayList<>(List.of(names));
        headers.addAll(List.of("Cases", "Cases with a shortfall", "Due soon"));
        headers.addAll(OCCASION_HEADERS);
        headers.add("Cases all on time");
        return headers;
    }

    static final List<String> ACTION_HEADERS = List.of("#", "Case", "Child", "Team", "Worker", "Standing", "Rule",
            "Severity", "Due", "Done", "Days overdue", "Finding");

    static Table casesNeedingAction(AuditSummary s) {
        return actionTable(String.format(Locale.UK, "Cases needing action first (%s)", shown(s.mostPressing().size(),
                s.casesNeedingAction())), s.mostPressing());
    }

    static Table forTheRecord(AuditSummary s) {
        return actionTable(String.format(Locale.UK, "For the record: historic shortfalls (%s)", shown(
                s.forTheRecord().size(), s.casesForTheRecord())), s.forTheRecord());
    }

    /** One row per shortfall of each case, ranked. */
    private static Table actionTable(String title, List<CaseNeedingAction> cases) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (CaseNeedingAction c : cases) {
            for (CaseNeedingAction.Item item : itemsShown(c)) {
                rows.add(clean(List.of(Integer.toString(rank), c.caseId(), orBlank(c.childName()),
                        orNotRecorded(c.team()), orNotRecorded(c.worker()), item.standing().words(), item.ruleTitle(),
                        severity(item.severity()), date(item.dueDate()), date(item.doneDate()),
                        item.daysOverdue() == null ? "" : number(item.daysOverdue()), item.message())));
            }
            rank++;
        }
        return new Table(title, ACTION_HEADERS, 99, rows);
    }

    /**
     * The shortfalls a list shows for a case: all of them for a case whose shortfalls are all
     * historic, otherwise those that can still be acted on (the historic ones are counted).
     */
    static List<CaseNeedingAction.Item> itemsShown(CaseNeedingAction c) {
        if (c.standing() == Standing.FOR_THE_RECORD) {
            return c.items();
        }
        return c.items().stream().filter(i -> i.standing() != Standing.FOR_THE_RECORD).toList();
    }

    static final String ACTION_NOTE = "Outstanding duties (not done, overdue) come first, most severe and most overdue "
            + "first; then duties done late or incompletely in the recent window. Shortfalls that are history (done "
            + "late long ago, or a one-off missed long ago) are listed apart, for the record, and only counted here.";

    static Table dueSoon(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (DueSoon d : s.dueSoon()) {
            rows.add(clean(List.of(orNotRecorded(d.team()), orNotRecorded(d.worker()), date(d.dueDate()), d.caseId(),
                    orBlank(d.childName()), d.ruleTitle(), d.subject(), severity(d.severity()))));
        }
        String title = String.format(Locale.UK, "Due in the next %s, by team and worker (%s)",
                days(s.dueSoonUntil().toEpochDay() - s.asOf().toEpochDay()), shown(s.dueSoon().size(), s.dueSoonTotal()));
        return new Table(title, List.of("Team", "Worker", "Due", "Case", "Child", "Duty", "Occasion", "Severity"), 99, rows);
    }

    static Table rejections(AuditSummary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Rejection r : s.rejections()) {
            rows.add(clean(List.of(r.source().file(), number(r.source().record()), orBlank(r.field()), r.reason())));
        }
        return new Table(String.format(Locale.UK, "Rejected records, not evaluated (%s)", shown(s.rejections().size(),
                s.rejected())), List.of("File", "Record", "Field", "Reason"), 99, rows);
    }

    private static final List<String> OCCASION_HEADERS = List.of("Compliance", "Met", "Not met", "Rule error",
            "Cannot tell", "Not yet due");

    private static List<String> occasions(OutcomeCounts counts) {
        return List.of(percent(counts.complianceRate()), number(counts.get(Outcome.MET)), number(counts.get(Outcome.NOT_MET)),
                number(counts.get(Outcome.ERROR)), number(counts.get(Outcome.CANNOT_TELL)),
                number(counts.get(Outcome.NOT_YET_DUE)));
    }

    private static List<String> cases(OutcomeCounts counts) {
        return List.of(number(counts.casesJudged()), number(counts.casesAllOnTime()),
                number(counts.get(Outcome.NOT_APPLICABLE)));
    }

    static String recentWindow(AuditSummary s) {
        return SafeText.clean(s.recentWindow());
    }

    /** "120 days overdue" for a duty still owed, "12 days late" for one done late. */
    static String lateness(CaseNeedingAction c) {
        boolean done = c.items().stream().filter(i -> i.standing() == c.standing()).allMatch(i -> i.doneDate() != null);
        return plural(c.maxDaysOverdue(), "day") + (done ? " late" : " overdue");
    }

    static String shown(int shown, long total) {
        return shown == total ? number(total) : "showing " + number(shown) + " of " + number(total);
    }

    static String percent(Double rate) {
        return rate == null ? "-" : String.format(Locale.UK, "%.1f%%", rate * 100);
    }

    /** Every count is written this way: digits grouped in thousands with commas. */
    static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    static String plural(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String days(long n) {
        return plural(n, "day");
    }

    /** Dates are written as ISO dates (YYYY-MM-DD) everywhere; none is blank. */
    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    static String orBlank(String value) {
        return value == null ? "" : value;
    }

    static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? "not recorded" : value;
    }

    private static List<String> clean(List<String> row) {
        return row.stream().map(SafeText::clean).toList();
    }
}
