package uk.practicecheck.indicator;

/** What one case adds to one indicator; a measure fills it in. */
final class CaseCounts {
    long numerator;
    long denominator;
    boolean notJudged;
    boolean notHeld;

    /** Something counted that met the definition (for days: the days of one child). */
    void met(long amount) {
        numerator += amount;
        denominator++;
    }

    /** Something counted that did not meet the definition. */
    void notMet() {
        denominator++;
    }

    /** Something the indicator would count that the record does not let us judge. */
    void cannotJudge() {
        notJudged = true;
    }

    /** Something the indicator would count that the source does not hold. */
    void notHeld() {
        notJudged = true;
        notHeld = true;
    }

    Figures figures() {
        return new Figures(numerator, denominator, notJudged ? 1 : 0, notHeld ? 1 : 0);
    }

    boolean isEmpty() {
        return numerator == 0 && denominator == 0 && !notJudged;
    }
}
