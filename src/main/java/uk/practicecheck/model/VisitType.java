package uk.practicecheck.model;

/** The statutory duty a visit fulfils. */
public enum VisitType {
    LOOKED_AFTER,
    CHILD_PROTECTION,
    CHILD_IN_NEED,
    PRIVATE_FOSTERING,
    CARE_LEAVER
}
