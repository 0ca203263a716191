package uk.practicecheck.report;

import java.time.LocalDate;
import java.util.List;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.IndicatorTexts;
import uk.practicecheck.indicator.InspectorsFigure;

/**
 * The cohort indicators in the JSON reports (the audit report, and the check report the web page reads): each indicator's value (a percentage 0–100, an
 * average of days or a number; absent when nothing was judged), its counts, by team, and the
 * inspectors' figures beside it.
 */
record IndicatorJsonSection(LocalDate from, LocalDate to, List<Item> items) {

    static IndicatorJsonSection of(IndicatorReport report) {
        return new IndicatorJsonSection(report.period().from(), report.period().to(),
                report.indicators().stream().map(Item::of).toList());
    }

    record Item(String id, String title, String shownAs, String counts, String numeratorIs, String denominatorIs,
                String from, Numbers overall, List<TeamNumbers> byTeam, List<Figure> inspectors) {
        static Item of(IndicatorReport.Indicator indicator) {
            IndicatorDefinition d = indicator.definition();
            return new Item(d.id(), d.title(), d.shownAs().name().toLowerCase(java.util.Locale.ROOT), d.counts(),
                    d.numerator(), d.denominator(), d.basis(), Numbers.of(d, indicator.overall()),
                    indicator.byTeam().entrySet().stream().map(e -> new TeamNumbers(e.getKey(), Numbers.of(d, e.getValue()))).toList(),
                    d.figures().stream().map(f -> Figure.of(d, f)).toList());
        }
    }

    /** The figures, and the same in words as the other formats show them ({@code shown}, {@code counted}, {@code notJudgedWords}). */
    record Numbers(Double value, long numerator, long denominator, long casesNotJudged, long casesNotHeld, boolean notHeld,
                   String shown, String counted, String notJudgedWords) {
        static Numbers of(IndicatorDefinition d, Figures f) {
            return new Numbers(f.value(d.shownAs()), f.numerator(), f.denominator(), f.casesNotJudged(), f.casesNotHeld(),
                    f.notHeld(), IndicatorTexts.value(d, f), IndicatorTexts.counts(d, f), IndicatorTexts.notJudged(f));
        }
    }

    record TeamNumbers(String team, Numbers figures) {
    }

    record Figure(String report, LocalDate reportDate, String reportFile, String who, String period, double value,
                  String shown, String words, String note) {
        static Figure of(IndicatorDefinition d, InspectorsFigure f) {
            return new Figure(f.report().name(), f.report().date(), f.report().file(), f.who(), f.period(), f.value(),
                    IndicatorTexts.figure(d, f), f.words(), f.note());
        }
    }
}
