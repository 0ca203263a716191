package uk.practicecheck.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.StringEscapeUtils;

/** A trend across runs: text, JSON, CSV, or a self-contained HTML page with a line chart. */
public final class TrendWriter {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int MARGIN = 48;

    public void text(Trend trend, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        out.printf("Compliance over time: %s, population \"%s\"%n%n", trend.metric(), trend.population());
        out.printf("%5s  %-10s  %-20s  %10s  %10s  %s%n", "run", "as of", "recorded", "compliance", "judged", "notes");
        for (TrendPoint point : trend.points()) {
            out.printf(Locale.UK, "%5d  %-10s  %-20s  %10s  %,10d  %s%n", point.run().id(), point.run().asOf(),
                    HistoryTexts.RECORDED.format(point.run().recordedAt()), HistoryTexts.percent(point.rate()),
                    point.counts() == null ? 0 : point.counts().judged(), notes(point));
        }
        out.flush();
    }

    /** What a reader should know before comparing this point with the one before. */
    static String notes(TrendPoint point) {
        List<String> notes = new ArrayList<>();
        if (point.counts() == null) {
            notes.add("not in this run");
        }
        if (point.ruleBookChanged()) {
            notes.add("rule book changed");
        }
        if (point.policyChanged()) {
            notes.add("policy changed");
        }
        return String.join("; ", notes);
    }

    public void json(Trend trend, Writer destination) throws IOException {
        ObjectNode root = RunListWriter.JSON.createObjectNode();
        root.put("formatVersion", "1");
        root.put("metric", trend.metric());
        root.put("population", trend.population());
        ArrayNode points = root.putArray("points");
        for (TrendPoint point : trend.points()) {
            ObjectNode node = points.addObject();
            node.put("run", point.run().id());
            node.put("asOf", point.run().asOf().toString());
            node.put("recordedAt", point.run().recordedAt().toString());
            if (point.counts() != null) {
                node.setAll(RunListWriter.counts(point.counts()));
            }
            node.put("ruleBookChanged", point.ruleBookChanged());
            node.put("policyChanged", point.policyChanged());
        }
        RunListWriter.JSON.writeValue(destination, root);
    }

    public void csv(Trend trend, Writer destination) throws IOException {
        CSVPrinter csv = new CSVPrinter(destination, CSVFormat.RFC4180.builder()
                .setHeader("run", "as_of", "recorded_at", "metric", "compliance", "met", "not_met", "rule_error",
                        "judged", "notes").get());
        for (TrendPoint point : trend.points()) {
            Counts counts = point.counts();
            csv.printRecord(point.run().id(), point.run().asOf(), point.run().recordedAt(), trend.metric(),
                    point.rate() == null ? "" : String.format(Locale.ROOT, "%.4f", point.rate()),
                    counts == null ? "" : counts.met(), counts == null ? "" : counts.notMet(),
                    counts == null ? "" : counts.ruleError(), counts == null ? "" : counts.judged(), notes(point));
        }
        csv.flush();
    }

    public void html(Trend trend, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        String title = "Compliance over time: " + trend.metric();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>");
        out.println("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}"
                + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.25rem .6rem;text-align:right}"
                + "th:first-child,td:first-child{text-align:left}svg text{font-size:12px}</style></head><body>");
        out.println("<h1>" + escape(title) + "</h1>");
        out.println("<p>Population \"" + escape(trend.population()) + "\". Compliance is met out of judged "
                + "(met, not met, rule error). A marked point is where the rule book or policy changed.</p>");
        out.println(chart(trend));
        out.println("<table><thead><tr><th>Run</th><th>As of</th><th>Compliance</th><th>Judged</th><th>Notes</th></tr>"
                + "</thead><tbody>");
        for (TrendPoint point : trend.points()) {
            out.printf(Locale.UK, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%,d</td><td>%s</td></tr>%n",
                    point.run().id(), point.run().asOf(), HistoryTexts.percent(point.rate()),
                    point.counts() == null ? 0 : point.counts().judged(), escape(notes(point)));
        }
        out.println("</tbody></table></body></html>");
        out.flush();
    }

    /** An inline SVG line chart of the rates, 0-100% upwards, runs left to right; no scripts. */
    static String chart(Trend trend) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, escape("Compliance over time: " + trend.metric())));
        int plotWidth = WIDTH - 2 * MARGIN;
        int plotHeight = HEIGHT - 2 * MARGIN;
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = MARGIN + plotHeight * (1 - percent / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>", MARGIN, WIDTH - MARGIN, y, y,
                    MARGIN - 6, y + 4, percent));
        }
        List<TrendPoint> points = trend.points();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            double x = MARGIN + (points.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (points.size() - 1));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x,
                    HEIGHT - MARGIN + 18, point.run().asOf()));
            if (point.rate() == null) {
                continue;
            }
            double y = MARGIN + plotHeight * (1 - point.rate());
            line.append(line.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            boolean changed = point.ruleBookChanged() || point.policyChanged();
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"><title>"
                    + "Run %d, as of %s: %s%s</title></circle>", x, y, changed ? 6 : 4, changed ? "#b35900" : "#1d5fa8",
                    point.run().id(), point.run().asOf(), HistoryTexts.percent(point.rate()),
                    escape(notes(point).isEmpty() ? "" : " (" + notes(point) + ")")));
        }
        if (line.length() > 0) {
            svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#1d5fa8\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
