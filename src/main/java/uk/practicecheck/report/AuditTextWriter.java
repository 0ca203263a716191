package uk.practicecheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.CaseNeedingAction;
import uk.practicecheck.audit.DueSoon;
import uk.practicecheck.io.Rejection;

/**
 * The audit summary for a terminal: headline counts, what to act on first, what is coming, then
 * the compliance tables and what is history. Each section is one method; every value from the
 * input is made safe by {@link SafeText}.
 */
public final class AuditTextWriter {
    private static final int CELL_WIDTH = 48;

    public void write(AuditSummary s, Writer destination) {
        write(s, null, destination);
    }

    /** The report with "since the last audit" beside each rate when {@code last} is not null. */
    public void write(AuditSummary s, LastAudit last, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        headline(out, s, last);
        indicators(out, s, last);
        casesNeedingAction(out, s);
        dueSoon(out, s);
        compliance(out, s, last);
        forTheRecord(out, s);
        rejections(out, s);
        out.flush();
    }

    private static void headline(PrintWriter out, AuditSummary s, LastAudit last) {
        out.println(AuditTables.title(s));
        out.println(AuditTables.judgedLine(s));
        out.println(AuditTables.headline(s));
        out.println(AuditTables.actionLine(s));
        out.println(AuditTables.dueSoonLine(s));
        AuditTables.sinceLastAudit(s, last).forEach(out::println);
    }

    /** The cohort indicators, beside the inspectors' figures. */
    private static void indicators(PrintWriter out, AuditSummary s, LastAudit last) {
        out.println();
        IndicatorTextSection.write(s.indicators(), last, out);
    }

    private static void casesNeedingAction(PrintWriter out, AuditSummary s) {
        out.println();
        out.println(AuditTables.casesNeedingAction(s).title() + ":");
        out.println("  " + AuditTables.ACTION_NOTE);
        actionList(out, s.mostPressing());
    }

    private static void forTheRecord(PrintWriter out, AuditSummary s) {
        if (s.casesForTheRecord() == 0) {
            return;
        }
        out.println();
        out.println(AuditTables.forTheRecord(s).title() + ":");
        actionList(out, s.forTheRecord());
    }

    private static void actionList(PrintWriter out, List<CaseNeedingAction> cases) {
        if (cases.isEmpty()) {
            out.println("  None.");
        }
        int rank = 1;
        for (CaseNeedingAction c : cases) {
            out.printf("%3d. %s%s | team %s | worker %s | %s | %s, %s severity, %s%n", rank++,
                    SafeText.clean(c.caseId()),
                    StringUtils.isBlank(c.childName()) ? "" : " - " + SafeText.clean(c.childName()),
                    SafeText.clean(AuditTables.orNotRecorded(c.team())), SafeText.clean(AuditTables.orNotRecorded(c.worker())),
                    SafeText.clean(c.source().toString()), c.standing().words(), AuditTables.severity(c.severity()),
                    AuditTables.lateness(c));
            List<CaseNeedingAction.Item> shown = AuditTables.itemsShown(c);
            for (CaseNeedingAction.Item item : shown) {
                out.printf("       - %s: %s: %s%n", item.standing().words(), SafeText.clean(item.ruleTitle()),
                        SafeText.clean(StringUtils.capitalize(item.subject()) + ": " + item.message()));
            }
            if (shown.size() < c.items().size()) {
                out.printf("       (and %s for the record)%n", AuditTables.plural(c.items().size() - shown.size(),
                        "historic shortfall"));
            }
        }
    }

    private static void dueSoon(PrintWriter out, AuditSummary s) {
        out.println();
        out.println(AuditTables.dueSoon(s).title() + ":");
        if (s.dueSoon().isEmpty()) {
            out.println("  None.");
            return;
        }
        String team = null;
        String worker = null;
        for (DueSoon d : s.dueSoon()) {
            String teamName = SafeText.clean(AuditTables.orNotRecorded(d.team()));
            String workerName = SafeText.clean(AuditTables.orNotRecorded(d.worker()));
            if (!teamName.equals(team)) {
                out.println("  Team " + teamName);
                team = teamName;
                worker = null;
            }
            if (!workerName.equals(worker)) {
                out.println("    Worker " + workerName);
                worker = workerName;
            }
            out.printf("      %s  %s%s: %s (%s)%n", d.dueDate(), SafeText.clean(d.caseId()),
                    StringUtils.isBlank(d.childName()) ? "" : " - " + SafeText.clean(d.childName()),
                    SafeText.clean(d.ruleTitle()), SafeText.clean(d.subject()));
        }
    }

    private static void compliance(PrintWriter out, AuditSummary s, LastAudit last) {
        out.println();
        AuditTables.COUNTING_NOTES.forEach(out::println);
        for (AuditTables.Table table : AuditTables.compliance(s, last)) {
            out.println();
            table(out, table);
        }
    }

    private static void rejections(PrintWriter out, AuditSummary s) {
        if (s.rejected() == 0) {
            return;
        }
        out.println();
        out.println(AuditTables.rejections(s).title() + ":");
        for (Rejection r : s.rejections()) {
            out.println("  " + SafeText.clean(r.describe()));
        }
    }

    /** An aligned table: long cells shortened, numbers aligned right. */
    static void table(PrintWriter out, AuditTables.Table table) {
        out.println(table.title());
        List<List<String>> all = new ArrayList<>();
        all.add(table.headers());
        for (List<String> row : table.rows()) {
            List<String> shortened = new ArrayList<>(row);
            for (int i = 0; i < shortened.size(); i++) {
                shortened.set(i, StringUtils.abbreviate(shortened.get(i), CELL_WIDTH));
            }
            all.add(shortened);
        }
        int[] widths = new int[table.headers().size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.size(); i++) {
                line.append(' ');
                line.append(i >= table.numericFrom() ? StringUtils.leftPad(row.get(i), widths[i])
                        : StringUtils.rightPad(row.get(i), widths[i]));
            }
            out.println(StringUtils.stripEnd(line.toString(), " "));
        }
    }
}
