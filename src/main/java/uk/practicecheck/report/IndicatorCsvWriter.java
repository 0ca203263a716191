package uk.practicecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.IndicatorTexts;
import uk.practicecheck.indicator.ShownAs;

/**
 * The cohort indicators as CSV for Excel ({@code audit --format csv --rows indicators}): a row of type
 * {@code overall} for each indicator, with the inspectors' figures beside it, then a row of type
 * {@code team} for each team with something counted or not judged. Like the other CSV reports it starts
 * with a UTF-8 byte-order mark and every text cell is made safe by {@link SafeText#cell}. With a last
 * audit ({@code audit --history}) three more columns give each value then and the change in its unit.
 */
public final class IndicatorCsvWriter {
    static final String[] HEADERS = {"row_type", "indicator_id", "indicator", "team", "period_from", "period_to",
        "shown_as", "value", "value_shown", "numerator", "denominator", "counted", "cases_not_judged", "cases_not_held",
        "inspectors_reported"};

    private IndicatorCsvWriter() {
    }

    /** @param last the previous recorded audit of the same population, or null */
    public static void write(IndicatorReport report, LastAudit last, Writer out) throws IOException {
        out.write('\uFEFF');
        List<String> headers = new ArrayList<>(List.of(HEADERS));
        if (last != null) {
            headers.addAll(List.of("last_audit_value", "last_audit_shown", "change"));
        }
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
        for (IndicatorReport.Indicator indicator : report.indicators()) {
            IndicatorDefinition d = indicator.definition();
            String inspectors = d.figures().stream().map(f -> IndicatorTexts.figure(d, f)).collect(Collectors.joining("; "));
            print(printer, row("overall", report, d, null, indicator.overall(), inspectors, last));
            for (Map.Entry<String, Figures> team : indicator.byTeam().entrySet()) {
                print(printer, row("team", report, d, team.getKey(), team.getValue(), "", last));
            }
        }
        printer.flush();
    }

    private static List<Object> row(String type, IndicatorReport report, IndicatorDefinition d, String team,
                                    Figures figures, String inspectors, LastAudit last) {
        List<Object> row = new ArrayList<>(List.of(type, d.id(), d.title(), team == null ? "" : team,
                report.period().from(), report.period().to(), shownAs(d.shownAs()), number(d, figures),
                IndicatorTexts.value(d, figures), figures.numerator(), figures.denominator(), d.counts(),
                figures.casesNotJudged(), figures.casesNotHeld(), inspectors));
        if (last != null) {
            Figures before = last.indicatorFigures(d.id(), team);
            Double change = last.indicatorChangeValue(d, team, figures);
            row.addAll(List.of(before == null ? "" : number(d, before), last.indicatorBefore(d, team),
                    change == null ? "" : change.toString()));
        }
        return row;
    }

    /** The value rounded as the reports show it, or empty when there is none. */
    private static String number(IndicatorDefinition d, Figures figures) {
        Double value = figures.value(d.shownAs());
        return value == null ? "" : number(value, d.shownAs() == ShownAs.PERCENTAGE ? 1 : 0);
    }

    /** "percentage", "average days", "number". */
    static String shownAs(ShownAs shownAs) {
        return switch (shownAs) {
            case PERCENTAGE -> "percentage";
            case DAYS -> "average days";
            case NUMBER -> "number";
        };
    }

    /** The value rounded as the reports show it ("81.3", "436"), without a unit, for a spreadsheet to compute with. */
    private static String number(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static void print(CSVPrinter printer, List<Object> cells) throws IOException {
        printer.printRecord(cells.stream().map(v -> v instanceof String text ? SafeText.cell(text) : v).toArray());
    }
}
