package uk.practicecheck.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/** The words every audit format shows for an indicator, so that they all say the same. */
public final class IndicatorTexts {
    private IndicatorTexts() {
    }

    /** A value in the indicator's unit: "81%", "93.4%", "603 days", "80". */
    public static String value(ShownAs shownAs, double value) {
        return switch (shownAs) {
            case PERCENTAGE -> number(value, 1) + "%";
            case DAYS -> number(value, 0) + (Math.round(value) == 1 ? " day" : " days");
            case NUMBER -> number(value, 0);
        };
    }

    /**
     * The value worked out from {@code figures}, or why there is none: "not held" when the source
     * does not hold what it needs, "none judged" when nothing in the period could be counted.
     */
    public static String value(IndicatorDefinition definition, Figures figures) {
        Double value = figures.value(definition.shownAs());
        if (value != null) {
            return value(definition.shownAs(), value);
        }
        return figures.notHeld() ? "not held" : "none judged";
    }

    /** "81 of 100 reviews", "12 children adopted, 4310 days in all", "80 of 120 children". */
    public static String counts(IndicatorDefinition definition, Figures figures) {
        if (definition.shownAs() == ShownAs.DAYS) {
            return figures.denominator() + " " + definition.counts() + ", " + figures.numerator() + " days in all";
        }
        return figures.numerator() + " of " + figures.denominator() + " " + definition.counts();
    }

    /** "3 cases not judged (1 not held by the source)", or empty when every case could be judged. */
    public static String notJudged(Figures figures) {
        if (figures.casesNotJudged() == 0) {
            return "";
        }
        String text = figures.casesNotJudged() + (figures.casesNotJudged() == 1 ? " case" : " cases") + " not judged";
        return figures.casesNotHeld() == 0 ? text : text + " (" + figures.casesNotHeld() + " not held by the source)";
    }

    /** "Middlesbrough 2016 inspection (2014–15): 72%". */
    public static String figure(IndicatorDefinition definition, InspectorsFigure figure) {
        return figure.label() + " (" + figure.period() + "): " + value(definition.shownAs(), figure.value());
    }

    /** "you: 81% — Middlesbrough 2016 inspection (2014–15): 72%", with every figure the inspectors gave. */
    public static String beside(IndicatorDefinition definition, Figures figures) {
        String you = "you: " + value(definition, figures);
        if (definition.figures().isEmpty()) {
            return you + " — no inspection figure";
        }
        return you + " — " + definition.figures().stream().map(f -> figure(definition, f)).collect(Collectors.joining("; "));
    }

    private static String number(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
