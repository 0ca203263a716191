package uk.practicecheck.model;

import java.time.LocalDate;

/** A contact or referral to children's social care and what was decided about it. */
public class Referral {
    private LocalDate received;
    private LocalDate decided;
    private Boolean decisionRationaleRecorded;
    private LocalDate allocated;
    private Boolean socialWorkerNeeded;
    private Boolean historyConsidered;
    private String source;
    private String outcome;
    private Boolean presentingAsHomeless;

    /** When the referral was received. */
    public LocalDate getReceived() { return received; }
    public void setReceived(LocalDate received) { this.received = received; }
    /** When a manager decided what response it needed. */
    public LocalDate getDecided() { return decided; }
    public void setDecided(LocalDate decided) { this.decided = decided; }
    /** Whether the decision's rationale is recorded. */
    public Boolean getDecisionRationaleRecorded() { return decisionRationaleRecorded; }
    public void setDecisionRationaleRecorded(Boolean decisionRationaleRecorded) { this.decisionRationaleRecorded = decisionRationaleRecorded; }
    /** When the case was allocated to a social worker, if it was. */
    public LocalDate getAllocated() { return allocated; }
    public void setAllocated(LocalDate allocated) { this.allocated = allocated; }
    /** Whether the decision was that the child needs a social worker (an assessment or section 47 enquiries). */
    public Boolean getSocialWorkerNeeded() { return socialWorkerNeeded; }
    public void setSocialWorkerNeeded(Boolean socialWorkerNeeded) { this.socialWorkerNeeded = socialWorkerNeeded; }
    /** Whether the screening decision took account of the family's history and previous referrals. */
    public Boolean getHistoryConsidered() { return historyConsidered; }
    public void setHistoryConsidered(Boolean historyConsidered) { this.historyConsidered = historyConsidered; }
    /** Who referred, free text. */
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    /** What was decided, free text. */
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    /** Whether the child was referred as homeless or at risk of homelessness; null when the record does not say. */
    public Boolean getPresentingAsHomeless() { return presentingAsHomeless; }
    public void setPresentingAsHomeless(Boolean presentingAsHomeless) { this.presentingAsHomeless = presentingAsHomeless; }

    /** Whether the child needs a social worker: yes if decided so or one was allocated; null when the record does not say. */
    public Boolean needsSocialWorker() {
        return allocated != null ? Boolean.TRUE : socialWorkerNeeded;
    }

    /** "referral received 2026-03-02". */
    public String label() { return "referral received " + DateTexts.of(received); }
}
