package uk.practicecheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import uk.practicecheck.audit.AuditSummary;

/**
 * The audit summary as Markdown, for pasting into a board paper: what to act on first, what is
 * coming, the compliance tables, then what is history. Each section is one method.
 */
public final class AuditMarkdownWriter {

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
        out.printf("# %s%n%n", escape(AuditTables.title(s)));
        out.println(escape(AuditTables.judgedLine(s)));
        out.println();
        out.println("- " + escape(AuditTables.headline(s)));
        out.println("- " + escape(AuditTables.actionLine(s)));
        out.println("- " + escape(AuditTables.dueSoonLine(s)));
        AuditTables.sinceLastAudit(s, last).forEach(line -> out.println("- " + escape(line)));
    }

    /** The cohort indicators, first: overall beside the inspectors' figures, then by team. */
    private static void indicators(PrintWriter out, AuditSummary s, LastAudit last) {
        table(out, IndicatorTables.overall(s.indicators(), last), null);
        out.println();
        out.println("_" + escape(IndicatorTables.NOTE) + "_");
        table(out, IndicatorTables.byTeam(s.indicators(), last), null);
    }

    private static void casesNeedingAction(PrintWriter out, AuditSummary s) {
        table(out, AuditTables.casesNeedingAction(s), AuditTables.ACTION_NOTE);
    }

    private static void dueSoon(PrintWriter out, AuditSummary s) {
        table(out, AuditTables.dueSoon(s), null);
    }

    private static void compliance(PrintWriter out, AuditSummary s, LastAudit last) {
        out.println();
        out.println("## How the rates are counted");
        out.println();
        AuditTables.COUNTING_NOTES.forEach(note -> out.println("- " + escape(note)));
        AuditTables.compliance(s, last).forEach(table -> table(out, table, null));
    }

    private static void forTheRecord(PrintWriter out, AuditSummary s) {
        if (s.casesForTheRecord() > 0) {
            table(out, AuditTables.forTheRecord(s), null);
        }
    }

    private static void rejections(PrintWriter out, AuditSummary s) {
        if (s.rejected() > 0) {
            table(out, AuditTables.rejections(s), null);
        }
    }

    private static void table(PrintWriter out, AuditTables.Table table, String note) {
        out.println();
        out.println("## " + escape(table.title()));
        out.println();
        if (note != null) {
            out.println("_" + escape(note) + "_");
            out.println();
        }
        if (table.rows().isEmpty()) {
            out.println("None.");
            return;
        }
        out.println(row(table.headers()));
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < table.headers().size(); i++) {
            rule.append(i >= table.numericFrom() ? " ---: |" : " --- |");
        }
        out.println(rule);
        table.rows().forEach(r -> out.println(row(r)));
    }

    private static String row(List<String> cells) {
        return cells.stream().map(AuditMarkdownWriter::escape).collect(Collectors.joining(" | ", "| ", " |"));
    }

    /**
     * Makes text safe inside Markdown: control characters are replaced (so no line break can start a
     * line of its own), and pipes, backslashes and the characters that start emphasis, code or links
     * are escaped.
     */
    static String escape(String text) {
        String clean = SafeText.clean(text);
        StringBuilder out = new StringBuilder(clean.length());
        for (char ch : clean.toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
