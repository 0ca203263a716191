package uk.practicecheck.model;

/** Kinds of plan a child can have. */
public enum PlanType {
    CHILD_IN_NEED,
    CHILD_PROTECTION,
    CARE,
    PATHWAY,
    SAFETY
}
