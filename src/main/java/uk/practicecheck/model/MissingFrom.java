package uk.practicecheck.model;

/** Where a child went missing from. */
public enum MissingFrom {
    HOME,
    CARE
}
