package uk.practicecheck.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.GroupTally;
import uk.practicecheck.audit.OutcomeCounts;
import uk.practicecheck.indicator.IndicatorReport;

/**
 * The audit summary as one self-contained HTML page: inline styles and inline SVG charts, no
 * scripts and nothing fetched, so it opens offline and prints cleanly. Every piece of text from
 * the input or the rules is escaped.
 */
public final class AuditHtmlWriter {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:72rem;\
            padding:0 1rem;color:#1b1b1b;line-height:1.4}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1d4f91}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
            caption{text-align:left;font-weight:600;padding:.3rem 0}
            th,td{border:1px solid #b1b4b6;padding:.25rem .45rem;vertical-align:top}
            th{background:#f3f2f1;text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .totals{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}
            .totals li{border:1px solid #b1b4b6;padding:.6rem 1rem;min-width:10rem}
            .totals strong{display:block;font-size:1.5rem}
            .note{color:#505a5f;font-size:.9rem}
            svg text{font-size:12px;fill:#1b1b1b}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,svg{break-inside:avoid}
            a{color:inherit;text-decoration:none}}
            """;
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_WIDTH = 400;
    private static final int ROW_HEIGHT = 22;

    public void write(AuditSummary s, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        String title = "practice-check audit as of " + s.asOf();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en-GB\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + escapeHtml4(title) + "</title>");
        out.println("<style>");
        out.print(STYLE);
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<main>");
        out.println("<h1>" + escapeHtml4(title) + "</h1>");
        out.println("<p>" + escapeHtml4(AuditTables.judgedLine(s)) + "</p>");
        out.println("<ul class=\"totals\">");
        total(out, "records read", s.recordsRead());
        total(out, "evaluated", s.evaluated());
        total(out, "rejected", s.rejected());
        total(out, "cases needing action", s.casesNeedingAction());
        out.println("</ul>");
        out.println("<p>" + escapeHtml4(AuditTables.headline(s)) + " " + escapeHtml4(AuditTables.actionLine(s)) + "</p>");
        out.println("<p class=\"note\">" + escapeHtml4(AuditTables.COMPLIANCE_NOTE) + "</p>");
        indicators(out, s.indicators());

        out.println("<h2 id=\"charts\">Compliance at a glance</h2>");
        List<Bar> byRule = new ArrayList<>();
        for (Map.Entry<String, OutcomeCounts> e : s.byRule().entrySet()) {
            byRule.add(new Bar(e.getKey(), e.getValue().complianceRate(), e.getValue().judged()));
        }
        chart(out, "Compliance by rule", byRule);
        List<Bar> byTeam = new ArrayList<>();
        for (GroupTally team : s.teams()) {
            byTeam.add(new Bar(team.name(), team.results().complianceRate(), team.results().judged()));
        }
        chart(out, "Compliance by team", byTeam);

        for (AuditTables.Table table : AuditTables.all(s)) {
            table(out, table);
        }
        table(out, AuditTables.mostPressing(s));
        if (s.rejected() > 0) {
            table(out, AuditTables.rejections(s));
        }
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    /** The cohort indicators, first: overall beside the inspectors' figures, then by team. */
    private static void indicators(PrintWriter out, IndicatorReport indicators) {
        table(out, IndicatorTables.overall(indicators));
        out.println("<p class=\"note\">" + escapeHtml4(IndicatorTables.NOTE) + "</p>");
        table(out, IndicatorTables.byTeam(indicators));
    }

    private record Bar(String label, Double rate, long judged) {
    }

    private static void total(PrintWriter out, String label, long value) {
        out.println("<li><strong>" + escapeHtml4(AuditTables.number(value)) + "</strong>" + escapeHtml4(label) + "</li>");
    }

    /** A horizontal bar per row, its length the compliance rate; the rate is also written out for screen readers. */
    private static void chart(PrintWriter out, String title, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * ROW_HEIGHT + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 80;
        out.printf(Locale.ROOT, "<figure><svg role=\"img\" aria-labelledby=\"%1$s\" width=\"%2$d\" height=\"%3$d\" "
                + "viewBox=\"0 0 %2$d %3$d\" xmlns=\"http://www.w3.org/2000/svg\">%n", id(title), width, height);
        out.printf("<title id=\"%s\">%s</title>%n", id(title), escapeHtml4(title));
        int y = 5;
        for (Bar bar : bars) {
            double rate = bar.rate() == null ? 0 : bar.rate();
            String colour = bar.rate() == null ? "#b1b4b6" : rate >= 0.9 ? "#00703c" : rate >= 0.75 ? "#f47738" : "#d4351c";
            out.printf(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LABEL_WIDTH - 8, y + 15,
                    escapeHtml4(bar.label()));
            out.printf(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f3f2f1\"/>%n", LABEL_WIDTH, y,
                    BAR_WIDTH, ROW_HEIGHT - 4);
            out.printf(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", LABEL_WIDTH, y,
                    rate * BAR_WIDTH, ROW_HEIGHT - 4, colour);
            out.printf(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LABEL_WIDTH + BAR_WIDTH + 6, y + 15,
                    escapeHtml4(AuditTables.percent(bar.rate()) + " of " + AuditTables.number(bar.judged())));
            y += ROW_HEIGHT;
        }
        out.println("</svg>");
        out.println("<figcaption>" + escapeHtml4(title) + " (met out of judged)</figcaption></figure>");
    }

    private static void table(PrintWriter out, AuditTables.Table table) {
        out.println("<h2 id=\"" + id(table.title()) + "\">" + escapeHtml4(table.title()) + "</h2>");
        if (table.rows().isEmpty()) {
            out.println("<p>None.</p>");
            return;
        }
        out.println("<table>");
        out.print("<thead><tr>");
        for (int i = 0; i < table.headers().size(); i++) {
            out.print("<th scope=\"col\"" + (i >= table.numericFrom() ? " class=\"n\"" : "") + ">"
                    + escapeHtml4(table.headers().get(i)) + "</th>");
        }
        out.println("</tr></thead>");
        out.println("<tbody>");
        for (List<String> row : table.rows()) {
            out.print("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.print("<td" + (i >= table.numericFrom() ? " class=\"n\"" : "") + ">" + escapeHtml4(row.get(i)) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</tbody>");
        out.println("</table>");
    }

    private static String id(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
