package uk.practicecheck.indicator;

/**
 * A figure the inspectors reported for an indicator, in their words.
 *
 * @param report the report it comes from
 * @param who    whose figure it is when not the local authority's own, such as "national threshold"; else null
 * @param period the period it covers, as the report gives it
 * @param value  the figure, in the indicator's unit (a percentage, days or a number)
 * @param words  the report's words, verbatim
 * @param note   how it differs from the indicator, if it does; else null
 */
public record InspectorsFigure(SourceReport report, String who, String period, double value, String words, String note) {

    /** "Middlesbrough 2016 inspection" or "Middlesbrough 2016 inspection, national threshold". */
    public String label() {
        return who == null ? report.name() : report.name() + ", " + who;
    }
}
