package uk.practicecheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.CaseNeedingAction;
import uk.practicecheck.io.Rejection;

/** The audit summary for a terminal: headline counts, compliance tables, then what to act on first. */
public final class AuditTextWriter {
    private static final int TITLE_WIDTH = 48;

    public void write(AuditSummary s, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.printf("practice-check audit as of %s%n", s.asOf());
        out.println(AuditTables.judgedLine(s));
        out.println(AuditTables.headline(s));
        out.println(AuditTables.actionLine(s));
        out.println(AuditTables.COMPLIANCE_NOTE);
        out.println();
        IndicatorTextSection.write(s.indicators(), out);
        for (AuditTables.Table table : AuditTables.all(s)) {
            out.println();
            writeTable(out, table);
        }
        out.println();
        out.println(AuditTables.mostPressing(s).title() + ":");
        int rank = 1;
        for (CaseNeedingAction c : s.mostPressing()) {
            out.printf("%3d. %s%s | team %s | worker %s | %s | %s severity, %s days overdue%n", rank++, c.caseId(),
                    StringUtils.isBlank(c.childName()) ? "" : " - " + c.childName(), orNotRecorded(c.team()),
                    orNotRecorded(c.worker()), c.source(), c.severity().name().toLowerCase(Locale.ROOT),
                    AuditTables.number(c.maxDaysOverdue()));
            for (CaseNeedingAction.Item item : c.items()) {
                out.printf("       - [%s] %s%n", item.ruleId(), item.message());
            }
        }
        if (s.rejected() > 0) {
            out.println();
            out.println(AuditTables.rejections(s).title() + ":");
            for (Rejection r : s.rejections()) {
                out.println("  " + r.describe());
            }
        }
        out.flush();
    }

    private static void writeTable(PrintWriter out, AuditTables.Table table) {
        out.println(table.title());
        List<List<String>> all = new ArrayList<>();
        all.add(table.headers());
        for (List<String> row : table.rows()) {
            List<String> shortened = new ArrayList<>(row);
            for (int i = 0; i < shortened.size(); i++) {
                shortened.set(i, StringUtils.abbreviate(shortened.get(i), TITLE_WIDTH));
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

    private static String orNotRecorded(String value) {
        return StringUtils.isBlank(value) ? "not recorded" : value;
    }
}
