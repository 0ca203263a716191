package uk.practicecheck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.practicecheck.indicator.Figures;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorTexts;
import uk.practicecheck.indicator.ShownAs;

/**
 * The previous recorded audit of the same population ({@code audit --history}), so that every
 * report can show "since the last audit" beside each rate: compliance rates are met out of judged,
 * from 0 to 1; the indicators' figures are as they were recorded.
 *
 * @param run              its number in the history
 * @param asOf             its as-of date
 * @param cautions         what makes the two not simply comparable (a changed rule book or policy), in words
 * @param overall          compliance over every rule, or null when nothing was judged
 * @param byRule           compliance by rule id (a rule absent was not in that audit; a null rate judged nothing)
 * @param byRecommendation compliance by recommendation id
 * @param byTeam           compliance by team name
 * @param indicators       each indicator's figures over the whole cohort, by indicator id
 * @param indicatorsByTeam each indicator's figures by team, by indicator id then team
 */
public record LastAudit(long run, LocalDate asOf, List<String> cautions, Double overall, Map<String, Double> byRule,
                        Map<String, Double> byRecommendation, Map<String, Double> byTeam, Map<String, Figures> indicators,
                        Map<String, Map<String, Figures>> indicatorsByTeam) {

    public LastAudit {
        cautions = List.copyOf(cautions);
    }

    /** "Since the last audit: run 3 in the history, as of 2026-05-01." */
    public String heading() {
        return String.format(Locale.UK, "Since the last audit: run %d in the history, as of %s.", run, asOf);
    }

    /** The change of a compliance rate in percentage points, "+3.2 points"; "-" when either rate is missing. */
    public static String points(Double now, Double before) {
        if (now == null || before == null) {
            return "-";
        }
        return signed((now - before) * 100, 1) + " points";
    }

    /** The change of a compliance rate in percentage points, or null when either rate is missing. */
    public static Double pointsValue(Double now, Double before) {
        return now == null || before == null ? null : Math.round((now - before) * 1000) / 10.0;
    }

    /** The indicator's value at the last audit in words ("81%", "none judged"), or "-" when it was not recorded. */
    public String indicatorBefore(IndicatorDefinition d, String team) {
        Figures before = indicatorFigures(d.id(), team);
        return before == null ? "-" : IndicatorTexts.value(d, before);
    }

    /**
     * The change of an indicator in its unit: "+5.0 points" for a percentage, "-12 days" for an average
     * of days, "+3" for a number; "-" when there is no value now or then.
     */
    public String indicatorChange(IndicatorDefinition d, String team, Figures now) {
        Double change = indicatorChangeValue(d, team, now);
        if (change == null) {
            return "-";
        }
        return switch (d.shownAs()) {
            case PERCENTAGE -> signed(change, 1) + " points";
            case DAYS -> signed(change, 0) + (Math.abs(Math.round(change)) == 1 ? " day" : " days");
            case NUMBER -> signed(change, 0);
        };
    }

    /** The change of an indicator in its unit (percentage points, days or a number), or null. */
    public Double indicatorChangeValue(IndicatorDefinition d, String team, Figures now) {
        Figures before = indicatorFigures(d.id(), team);
        Double then = before == null ? null : before.value(d.shownAs());
        Double value = now == null ? null : now.value(d.shownAs());
        if (then == null || value == null) {
            return null;
        }
        int decimals = d.shownAs() == ShownAs.PERCENTAGE ? 1 : 0;
        double scale = Math.pow(10, decimals);
        return Math.round((value - then) * scale) / scale;
    }

    /** The indicator's figures at the last audit, overall ({@code team} null) or for a team; null when not recorded. */
    public Figures indicatorFigures(String id, String team) {
        return team == null ? indicators.get(id) : indicatorsByTeam.getOrDefault(id, Map.of()).get(team);
    }

    /** "+3.2", "-20", "0.0": a change with its sign, never "-0". */
    public static String signed(double value, int decimals) {
        String text = String.format(Locale.UK, "%+." + decimals + "f", value);
        return text.matches("[+-]0(\\.0+)?") ? text.substring(1) : text;
    }
}
