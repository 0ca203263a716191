package uk.practicecheck.model;

/** The legal framework under which a child is receiving a service. */
public enum LegalStatusType {
    CHILD_IN_NEED,
    CHILD_PROTECTION,
    LOOKED_AFTER,
    CARE_LEAVER
}
