package uk.practicecheck.model;

/** Kinds of child protection conference. */
public enum ConferenceType {
    INITIAL,
    REVIEW,
    TRANSFER_IN
}
