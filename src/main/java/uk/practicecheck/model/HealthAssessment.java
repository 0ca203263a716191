package uk.practicecheck.model;

import java.time.LocalDate;

/** A statutory health assessment of a looked-after child. */
public class HealthAssessment {
    private HealthAssessmentType type;
    private LocalDate date;

    /** Initial or review. */
    public HealthAssessmentType getType() { return type; }
    public void setType(HealthAssessmentType type) { this.type = type; }
    /** When it was done. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
}
