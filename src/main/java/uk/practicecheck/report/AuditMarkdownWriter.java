package uk.practicecheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.indicator.IndicatorReport;

/** The audit summary as Markdown tables, for pasting into a board paper. */
public final class AuditMarkdownWriter {

    public void write(AuditSummary s, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.printf("# practice-check audit as of %s%n%n", s.asOf());
        out.println(escape(AuditTables.judgedLine(s)));
        out.println();
        out.println("- " + escape(AuditTables.headline(s)));
        out.println("- " + escape(AuditTables.actionLine(s)));
        out.println();
        out.println("_" + escape(AuditTables.COMPLIANCE_NOTE) + "_");
        writeIndicators(out, s.indicators());
        for (AuditTables.Table table : AuditTables.all(s)) {
            writeTable(out, table);
        }
        writeTable(out, AuditTables.mostPressing(s));
        if (s.rejected() > 0) {
            writeTable(out, AuditTables.rejections(s));
        }
        out.flush();
    }

    /** The cohort indicators, first: overall beside the inspectors' figures, then by team. */
    private static void writeIndicators(PrintWriter out, IndicatorReport indicators) {
        writeTable(out, IndicatorTables.overall(indicators));
        out.println();
        out.println("_" + escape(IndicatorTables.NOTE) + "_");
        writeTable(out, IndicatorTables.byTeam(indicators));
    }

    private static void writeTable(PrintWriter out, AuditTables.Table table) {
        out.println();
        out.println("## " + escape(table.title()));
        out.println();
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
     * Makes text safe inside a Markdown table cell: pipes, backslashes and the characters that
     * start emphasis, code or links are escaped, and line breaks become spaces.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.replaceAll("\\R", " ").toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
