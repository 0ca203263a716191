package uk.practicecheck.model;

import java.time.LocalDateTime;

/**
 * A missing episode. {@code end} is when the child returned; it is absent while the child is
 * still missing. Times may be given as dates alone, which count as the start of that day.
 */
public class MissingEpisode {
    private MissingFrom from;
    private LocalDateTime start;
    private LocalDateTime end;
    private LocalDateTime returnInterviewOffered;
    private LocalDateTime returnInterviewHeld;
    private Boolean returnInterviewDeclined;
    private Boolean findingsUsedInSafetyPlan;
    private Boolean exploitationRiskAssessed;

    public MissingFrom getFrom() { return from; }
    public void setFrom(MissingFrom from) { this.from = from; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
    public LocalDateTime getReturnInterviewOffered() { return returnInterviewOffered; }
    public void setReturnInterviewOffered(LocalDateTime returnInterviewOffered) { this.returnInterviewOffered = returnInterviewOffered; }
    public LocalDateTime getReturnInterviewHeld() { return returnInterviewHeld; }
    public void setReturnInterviewHeld(LocalDateTime returnInterviewHeld) { this.returnInterviewHeld = returnInterviewHeld; }
    public Boolean getReturnInterviewDeclined() { return returnInterviewDeclined; }
    public void setReturnInterviewDeclined(Boolean returnInterviewDeclined) { this.returnInterviewDeclined = returnInterviewDeclined; }
    /** Whether what the return home interview found was used to update the child's safety plan. */
    public Boolean getFindingsUsedInSafetyPlan() { return findingsUsedInSafetyPlan; }
    public void setFindingsUsedInSafetyPlan(Boolean findingsUsedInSafetyPlan) { this.findingsUsedInSafetyPlan = findingsUsedInSafetyPlan; }
    /** Whether the child's risk of exploitation (sexual or criminal) was assessed after the episode; null when the record does not say. */
    public Boolean getExploitationRiskAssessed() { return exploitationRiskAssessed; }
    public void setExploitationRiskAssessed(Boolean exploitationRiskAssessed) { this.exploitationRiskAssessed = exploitationRiskAssessed; }

    public boolean hasReturned() { return end != null; }

    /** Whether the child (or family) declined the return home interview. */
    public boolean interviewDeclined() { return Boolean.TRUE.equals(returnInterviewDeclined); }

    /**
     * When a return home interview was first offered: the offer date, or failing that the date
     * it was held (an interview that took place was necessarily offered).
     */
    public LocalDateTime firstOffered() {
        if (returnInterviewOffered == null) {
            return returnInterviewHeld;
        }
        if (returnInterviewHeld == null || returnInterviewOffered.isBefore(returnInterviewHeld)) {
            return returnInterviewOffered;
        }
        return returnInterviewHeld;
    }

    /** A short label such as "missing from care 2026-03-02 14:00, returned 2026-03-03 09:30". */
    public String label() {
        return "missing from " + Labels.humanise(from) + " " + DateTexts.of(start) + ", returned " + DateTexts.of(end);
    }
}
