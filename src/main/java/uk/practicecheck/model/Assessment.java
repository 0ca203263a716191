package uk.practicecheck.model;

import java.time.LocalDate;

/** A child and family (single) assessment. */
public class Assessment {
    private LocalDate referralDate;
    private LocalDate start;
    private LocalDate authorised;
    private LocalDate childSeen;
    private Boolean previousHistoryConsidered;
    private Boolean childViewsRecorded;
    private Boolean asylumImpactConsidered;

    /** The referral it responds to; the 45 working days run from here when known. */
    public LocalDate getReferralDate() { return referralDate; }
    public void setReferralDate(LocalDate referralDate) { this.referralDate = referralDate; }
    /** When the assessment started. */
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    /** When a manager authorised (completed) it. */
    public LocalDate getAuthorised() { return authorised; }
    public void setAuthorised(LocalDate authorised) { this.authorised = authorised; }
    /** When the child was seen during the assessment. */
    public LocalDate getChildSeen() { return childSeen; }
    public void setChildSeen(LocalDate childSeen) { this.childSeen = childSeen; }
    /** Whether it explores the family history and previous referrals. */
    public Boolean getPreviousHistoryConsidered() { return previousHistoryConsidered; }
    public void setPreviousHistoryConsidered(Boolean previousHistoryConsidered) { this.previousHistoryConsidered = previousHistoryConsidered; }
    /** Whether the child's views and lived experience are recorded. */
    public Boolean getChildViewsRecorded() { return childViewsRecorded; }
    public void setChildViewsRecorded(Boolean childViewsRecorded) { this.childViewsRecorded = childViewsRecorded; }
    /** Whether the assessment considers the impact on the child of seeking asylum and settling into a new culture; null when it does not say. */
    public Boolean getAsylumImpactConsidered() { return asylumImpactConsidered; }
    public void setAsylumImpactConsidered(Boolean asylumImpactConsidered) { this.asylumImpactConsidered = asylumImpactConsidered; }


    /** "child and family assessment started 2026-03-02". */
    public String label() { return "child and family assessment started " + DateTexts.of(start); }
}
