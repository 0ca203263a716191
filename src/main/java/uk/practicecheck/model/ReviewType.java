package uk.practicecheck.model;

/** Kinds of statutory review meeting. */
public enum ReviewType {
    LOOKED_AFTER,
    CHILD_PROTECTION_CONFERENCE,
    CHILD_IN_NEED,
    ADOPTION,
    PATHWAY
}
