package uk.practicecheck.model;

/** Kinds of recorded management oversight. */
public enum OversightType {
    DECISION,
    SUPERVISION
}
