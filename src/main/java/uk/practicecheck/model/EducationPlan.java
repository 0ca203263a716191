package uk.practicecheck.model;

import java.time.LocalDate;

/** A personal education plan (PEP) meeting or review. */
public class EducationPlan {
    private LocalDate date;
    private Boolean specificActions;

    /** When it was held. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** Whether it sets specific actions for the child and teachers. */
    public Boolean getSpecificActions() { return specificActions; }
    public void setSpecificActions(Boolean specificActions) { this.specificActions = specificActions; }
}
