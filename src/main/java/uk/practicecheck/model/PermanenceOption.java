package uk.practicecheck.model;

/** The permanence plan a review can settle on. */
public enum PermanenceOption {
    RETURN_HOME,
    ADOPTION,
    SPECIAL_GUARDIANSHIP,
    CHILD_ARRANGEMENTS_ORDER,
    LONG_TERM_FOSTERING,
    RESIDENTIAL_CARE,
    INDEPENDENT_LIVING,
    OTHER
}
