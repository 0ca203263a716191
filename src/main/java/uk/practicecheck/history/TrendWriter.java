package uk.practicecheck.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
        out.printf("Over time: %s, population \"%s\"%n%n", trend.metric(), trend.population());
        out.printf("%5s  %-10s  %-20s  %14s  %-28s  %s%n", "run", "as of", "recorded", "value", "from", "notes");
        for (TrendPoint point : trend.points()) {
            out.printf(Locale.UK, "%5d  %-10s  %-20s  %14s  %-28s  %s%n", point.run().id(), point.run().asOf(),
                    HistoryTexts.RECORDED.format(point.run().recordedAt()), point.shown(), point.basis(), notes(point));
        }
        out.flush();
    }

    /** What a reader should know before comparing this point with the one before. */
    static String notes(TrendPoint point) {
        List<String> notes = new ArrayList<>();
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
        root.put("unit", trend.unit().name().toLowerCase(Locale.ROOT));
        ArrayNode points = root.putArray("points");
        for (TrendPoint point : trend.points()) {
            ObjectNode node = points.addObject();
            node.put("run", point.run().id());
            node.put("asOf", point.run().asOf().toString());
            node.put("recordedAt", point.run().recordedAt().toString());
            if (point.value() != null) {
                node.put("value", point.value());
            }
            node.put("shown", point.shown());
            node.put("from", point.basis());
            node.put("ruleBookChanged", point.ruleBookChanged());
            node.put("policyChanged", point.policyChanged());
        }
        RunListWriter.JSON.writeValue(destination, root);
    }

    public void csv(Trend trend, Writer destination) throws IOException {
        CSVPrinter csv = new CSVPrinter(destination, CSVFormat.RFC4180.builder()
                .setHeader("run", "as_of", "recorded_at", "metric", "unit", "value", "shown", "from", "notes").get());
        for (TrendPoint point : trend.points()) {
            csv.printRecord(point.run().id(), point.run().asOf(), point.run().recordedAt(), trend.metric(),
                    trend.unit().name().toLowerCase(Locale.ROOT),
                    point.value() == null ? "" : String.format(Locale.ROOT, "%.4f", point.value()), point.shown(),
                    point.basis(), notes(point));
        }
        csv.flush();
    }

    public void html(Trend trend, Writer destination) {
        PrintWriter out = new PrintWriter(destination);
        String title = "Over time: " + trend.metric();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>");
        out.println("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}"
                + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.25rem .6rem;text-align:right}"
                + "th:first-child,td:first-child{text-align:left}svg text{font-size:12px}</style></head><body>");
        out.println("<h1>" + escape(title) + "</h1>");
        out.println(section(trend));
        out.println("</body></html>");
        out.flush();
    }

    /** The chart and its table, for a page of its own or a section of another. */
    public static String section(Trend trend) {
        StringBuilder html = new StringBuilder();
        html.append("<p>Population \"").append(escape(trend.population())).append("\". A larger, orange point is ")
                .append("where the rule book or policy changed since the run before.</p>\n");
        html.append(chart(trend)).append('\n');
        html.append("<table><thead><tr><th>Run</th><th>As of</th><th>Value</th><th>From</th><th>Notes</th></tr>"
                + "</thead><tbody>\n");
        for (TrendPoint point : trend.points()) {
            html.append(String.format(Locale.UK, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                    point.run().id(), point.run().asOf(), escape(point.shown()), escape(point.basis()),
                    escape(notes(point))));
        }
        return html.append("</tbody></table>").toString();
    }

    /** An inline SVG line chart, runs left to right; percentages from 0 to 100, other units from 0 to the largest. */
    static String chart(Trend trend) {
        List<TrendPoint> points = trend.points();
        double top = trend.unit() == Trend.Unit.PERCENT ? 100
                : Math.max(1, points.stream().map(TrendPoint::value).filter(Objects::nonNull)
                        .mapToDouble(Double::doubleValue).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, escape("Over time: " + trend.metric())));
        int plotWidth = WIDTH - 2 * MARGIN;
        int plotHeight = HEIGHT - 2 * MARGIN;
        for (int step = 0; step <= 4; step++) {
            double y = MARGIN + plotHeight * (1 - step / 4.0);
            double label = top * step / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", MARGIN, WIDTH - MARGIN, y, y,
                    MARGIN - 6, y + 4, trend.unit() == Trend.Unit.PERCENT ? Math.round(label) + "%"
                            : String.format(Locale.UK, "%,.0f", label)));
        }
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            double x = MARGIN + (points.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (points.size() - 1));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x,
                    HEIGHT - MARGIN + 18, point.run().asOf()));
            if (point.value() == null) {
                continue;
            }
            double y = MARGIN + plotHeight * (1 - point.value() / top);
            line.append(line.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            boolean changed = point.ruleBookChanged() || point.policyChanged();
            String note = notes(point);
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\"><title>"
                    + "Run %d, as of %s: %s%s</title></circle>", x, y, changed ? 6 : 4, changed ? "#b35900" : "#1d5fa8",
                    point.run().id(), point.run().asOf(), escape(point.shown()),
                    escape(note.isEmpty() ? "" : " (" + note + ")")));
        }
        if (line.length() > 0) {
            svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#1d5fa8\" stroke-width=\"2\"/>");
        }
        return svg.append(dots).append("</svg>").toString();
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
