package uk.practicecheck.model;

import java.time.LocalDate;

/** A child protection conference. */
public class Conference {
    private ConferenceType type;
    private LocalDate date;
    private Boolean childProtectionPlan;
    private Boolean childViewsRecorded;
    private Boolean advocateOffered;

    /** Initial, review or transfer-in. */
    public ConferenceType getType() { return type; }
    public void setType(ConferenceType type) { this.type = type; }
    /** When it was held. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** Whether it made (or continued) a child protection plan. */
    public Boolean getChildProtectionPlan() { return childProtectionPlan; }
    public void setChildProtectionPlan(Boolean childProtectionPlan) { this.childProtectionPlan = childProtectionPlan; }
    /** Whether the child attended or their views were presented and recorded. */
    public Boolean getChildViewsRecorded() { return childViewsRecorded; }
    public void setChildViewsRecorded(Boolean childViewsRecorded) { this.childViewsRecorded = childViewsRecorded; }
    /** Whether an advocate was offered to the child. */
    public Boolean getAdvocateOffered() { return advocateOffered; }
    public void setAdvocateOffered(Boolean advocateOffered) { this.advocateOffered = advocateOffered; }

    /** "child protection conference on 2026-03-02", or "child protection conference (date not recorded)". */
    public String label() { return "child protection conference " + (date == null ? DateTexts.of(date) : "on " + date); }
}
