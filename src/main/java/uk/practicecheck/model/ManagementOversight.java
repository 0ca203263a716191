package uk.practicecheck.model;

import java.time.LocalDate;

/** A recorded management decision or supervision of the case. */
public class ManagementOversight {
    private LocalDate date;
    private OversightType type;
    private Boolean actionsSet;

    /** When it was recorded. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** Decision or supervision. */
    public OversightType getType() { return type; }
    public void setType(OversightType type) { this.type = type; }
    /** Whether it sets actions with timescales. */
    public Boolean getActionsSet() { return actionsSet; }
    public void setActionsSet(Boolean actionsSet) { this.actionsSet = actionsSet; }
}
