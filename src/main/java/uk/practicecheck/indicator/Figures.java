package uk.practicecheck.indicator;

/**
 * An indicator's counts over a group of cases (all of them, or one team's).
 *
 * @param numerator       occasions, events or children meeting the definition; for {@link ShownAs#DAYS} the total days
 * @param denominator     occasions, events or children judged
 * @param casesNotJudged  cases with something the indicator counts that could not be judged (the data did not say)
 * @param casesNotHeld    of those, cases whose source does not hold what the indicator needs
 */
public record Figures(long numerator, long denominator, long casesNotJudged, long casesNotHeld) {

    /**
     * The value in the indicator's unit, or null when nothing was judged: a rate over nothing is not shown,
     * nor a count of nothing when some cases could not be judged (0 would read as "none").
     */
    public Double value(ShownAs shownAs) {
        if (shownAs == ShownAs.NUMBER) {
            return denominator == 0 && casesNotJudged > 0 ? null : (double) numerator;
        }
        if (denominator == 0) {
            return null;
        }
        double ratio = (double) numerator / denominator;
        return shownAs == ShownAs.PERCENTAGE ? ratio * 100 : ratio;
    }

    /** Whether the source held nothing the indicator needs for any case that had something to count. */
    public boolean notHeld() {
        return denominator == 0 && casesNotHeld > 0 && casesNotHeld == casesNotJudged;
    }

    Figures plus(Figures other) {
        return new Figures(numerator + other.numerator, denominator + other.denominator,
                casesNotJudged + other.casesNotJudged, casesNotHeld + other.casesNotHeld);
    }
}
