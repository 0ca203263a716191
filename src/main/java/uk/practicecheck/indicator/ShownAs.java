package uk.practicecheck.indicator;

/** How an indicator's value is worked out from its numerator and denominator, and shown. */
public enum ShownAs {
    /** The numerator out of the denominator, as a percentage. */
    PERCENTAGE,
    /** The numerator is a total of days; the value is their average over the denominator. */
    DAYS,
    /** The numerator itself; the denominator is shown as context. */
    NUMBER
}
