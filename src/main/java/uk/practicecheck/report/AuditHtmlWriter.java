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
import uk.practicecheck.engine.Outcome;

/**
 * The audit summary as one self-contained HTML page: inline styles and inline SVG charts, no
 * scripts and nothing fetched, so it opens offline and prints cleanly. Every piece of text from
 * the input or the rules is escaped (and its control characters replaced). Each section is one
 * method; tables come from {@link AuditTables}.
 */
public final class AuditHtmlWriter {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:80rem;\
            padding:0 1rem;color:#1b1b1b;line-height:1.4}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1d4f91}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
            th,td{border:1px solid #b1b4b6;padding:.25rem .45rem;vertical-align:top}
            th{background:#f3f2f1;text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .totals{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}
            .totals li{border:1px solid #b1b4b6;padding:.6rem 1rem;min-width:10rem}
            .totals strong{display:block;font-size:1.5rem}
            .note{color:#505a5f;font-size:.9rem}
            figure{margin:1rem 0}svg{max-width:100%;height:auto}svg text{font-size:13px;fill:#1b1b1b}
            .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:.25rem 0;font-size:.9rem}
            .legend span{display:inline-block;width:1.1rem;height:.9rem;margin-right:.35rem;vertical-align:middle;\
            border:1px solid #1b1b1b}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,svg{break-inside:avoid}
            a{color:inherit;text-decoration:none}.scroll{overflow:visible}}
            """;
    private static final int LABEL_WIDTH = 330;
    private static final int BAR_WIDTH = 400;
    private static final int VALUE_WIDTH = 300;
    private static final int ROW_HEIGHT = 24;
    private static final List<Band> BANDS = List.of(
            new Band("good", "90% or more met", "#00703c"),
            new Band("fair", "75% to under 90% met", "#f47738"),
            new Band("poor", "under 75% met", "#d4351c"),
            new Band("none judged", "nothing judged yet", "#b1b4b6"));

    public void write(AuditSummary s, Writer destination) {
        write(s, null, destination);
    }

    /** The report with "since the last audit" beside each rate when {@code last} is not null. */
    public void write(AuditSummary s, LastAudit last, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        head(out, s);
        headline(out, s, last);
        indicators(out, s, last);
        casesNeedingAction(out, s);
        dueSoon(out, s);
        charts(out, s);
        compliance(out, s, last);
        forTheRecord(out, s);
        rejections(out, s);
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    private static void head(PrintWriter out, AuditSummary s) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en-GB\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + html(AuditTables.title(s)) + "</title>");
        out.println("<style>");
        out.print(STYLE);
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<main>");
    }

    private static void headline(PrintWriter out, AuditSummary s, LastAudit last) {
        out.println("<h1>" + html(AuditTables.title(s)) + "</h1>");
        out.println("<p>" + html(AuditTables.judgedLine(s)) + "</p>");
        out.println("<ul class=\"totals\">");
        total(out, "records read", s.recordsRead());
        total(out, "evaluated", s.evaluated());
        total(out, "rejected", s.rejected());
        total(out, "cases needing action", s.casesNeedingAction());
        total(out, "duties due soon", s.dueSoonTotal());
        out.println("</ul>");
        out.println("<p>" + html(AuditTables.headline(s)) + " " + html(AuditTables.actionLine(s)) + " "
                + html(AuditTables.dueSoonLine(s)) + "</p>");
        List<String> since = AuditTables.sinceLastAudit(s, last);
        if (!since.isEmpty()) {
            out.println("<p id=\"since-last-audit\">" + html(since.get(0)) + "</p>");
            since.subList(1, since.size()).forEach(caution -> out.println("<p class=\"note\">" + html(caution) + "</p>"));
        }
    }

    /** The cohort indicators, first: overall beside the inspectors' figures, then by team. */
    private static void indicators(PrintWriter out, AuditSummary s, LastAudit last) {
        table(out, IndicatorTables.overall(s.indicators(), last), null);
        out.println("<p class=\"note\">" + html(IndicatorTables.NOTE) + "</p>");
        table(out, IndicatorTables.byTeam(s.indicators(), last), null);
    }

    private static void casesNeedingAction(PrintWriter out, AuditSummary s) {
        table(out, AuditTables.casesNeedingAction(s), AuditTables.ACTION_NOTE);
    }

    private static void dueSoon(PrintWriter out, AuditSummary s) {
        table(out, AuditTables.dueSoon(s), null);
    }

    private static void charts(PrintWriter out, AuditSummary s) {
        out.println("<h2 id=\"charts\">Compliance at a glance</h2>");
        legend(out);
        List<Bar> byRule = new ArrayList<>();
        for (Map.Entry<String, OutcomeCounts> e : s.byRule().entrySet()) {
            byRule.add(new Bar(s.rule(e.getKey()).id(), e.getValue()));
        }
        chart(out, "Compliance by rule (occasions met out of judged)", byRule);
        List<Bar> byTeam = new ArrayList<>();
        for (GroupTally team : s.teams()) {
            byTeam.add(new Bar(team.name(), team.results()));
        }
        chart(out, "Compliance by team (occasions met out of judged)", byTeam);
    }

    private static void compliance(PrintWriter out, AuditSummary s, LastAudit last) {
        out.println("<h2 id=\"counting\">How the rates are counted</h2>");
        out.println("<ul class=\"note\">");
        AuditTables.COUNTING_NOTES.forEach(note -> out.println("<li>" + html(note) + "</li>"));
        out.println("</ul>");
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

    private record Bar(String label, OutcomeCounts counts) {
    }

    private record Band(String word, String meaning, String colour) {
    }

    private static void total(PrintWriter out, String label, long value) {
        out.println("<li><strong>" + html(AuditTables.number(value)) + "</strong>" + html(label) + "</li>");
    }

    private static void legend(PrintWriter out) {
        out.println("<ul class=\"legend\" aria-label=\"Key to the bar colours\">");
        for (Band band : BANDS) {
            out.println("<li><span style=\"background:" + band.colour() + "\"></span>" + html(band.word()) + ": "
                    + html(band.meaning()) + "</li>");
        }
        out.println("</ul>");
    }

    private static Band band(Double rate) {
        if (rate == null) {
            return BANDS.get(3);
        }
        return rate >= 0.9 ? BANDS.get(0) : rate >= 0.75 ? BANDS.get(1) : BANDS.get(2);
    }

    /**
     * A horizontal bar per row, its length the compliance rate, on a grey track outlined so that a
     * 0% bar still shows; beside it the rate, the counts and the band in words.
     */
    private static void chart(PrintWriter out, String title, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * ROW_HEIGHT + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        String id = id(title);
        out.printf(Locale.ROOT, "<figure><svg role=\"img\" aria-labelledby=\"%1$s\" width=\"%2$d\" height=\"%3$d\" "
                + "viewBox=\"0 0 %2$d %3$d\" xmlns=\"http://www.w3.org/2000/svg\">%n", id, width, height);
        out.printf("<title id=\"%s\">%s</title>%n", id, html(title));
        int y = 5;
        for (Bar bar : bars) {
            Double rate = bar.counts().complianceRate();
            Band band = band(rate);
            out.printf(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LABEL_WIDTH - 8, y + 16,
                    html(bar.label()));
            out.printf(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f3f2f1\" stroke=\"#505a5f\"/>%n",
                    LABEL_WIDTH, y, BAR_WIDTH, ROW_HEIGHT - 6);
            if (rate != null) {
                out.printf(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", LABEL_WIDTH, y,
                        Math.max(3, rate * BAR_WIDTH), ROW_HEIGHT - 6, band.colour());
            }
            String value = rate == null ? "nothing judged"
                    : AuditTables.percent(rate) + " (" + AuditTables.number(bar.counts().get(Outcome.MET))
                    + " of " + AuditTables.number(bar.counts().judged()) + ") " + band.word();
            out.printf(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LABEL_WIDTH + BAR_WIDTH + 8, y + 16, html(value));
            y += ROW_HEIGHT;
        }
        out.println("</svg>");
        out.println("<figcaption>" + html(title) + "</figcaption></figure>");
    }

    private static void table(PrintWriter out, AuditTables.Table table, String note) {
        out.println("<h2 id=\"" + id(table.title()) + "\">" + html(table.title()) + "</h2>");
        if (note != null) {
            out.println("<p class=\"note\">" + html(note) + "</p>");
        }
        if (table.rows().isEmpty()) {
            out.println("<p>None.</p>");
            return;
        }
        out.println("<div class=\"scroll\"><table>");
        out.print("<thead><tr>");
        for (int i = 0; i < table.headers().size(); i++) {
            out.print("<th scope=\"col\"" + (i >= table.numericFrom() ? " class=\"n\"" : "") + ">"
                    + html(table.headers().get(i)) + "</th>");
        }
        out.println("</tr></thead>");
        out.println("<tbody>");
        for (List<String> row : table.rows()) {
            out.print("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.print("<td" + (i >= table.numericFrom() ? " class=\"n\"" : "") + ">" + html(row.get(i)) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</tbody>");
        out.println("</table></div>");
    }

    /** Escaped for HTML, control characters replaced. */
    static String html(String text) {
        return escapeHtml4(SafeText.clean(text));
    }

    private static String id(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
