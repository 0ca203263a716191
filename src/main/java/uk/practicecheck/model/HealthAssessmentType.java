package uk.practicecheck.model;

/** Kinds of statutory health assessment. */
public enum HealthAssessmentType {
    INITIAL,
    REVIEW
}
