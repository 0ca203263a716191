package uk.practicecheck.model;

import java.time.LocalDate;

/**
 * A statutory review and what it decided. The yes/no answers are tri-state: absent means
 * the record does not say, which a rule reports as "cannot tell".
 */
public class Review {
    private ReviewType type;
    private LocalDate date;
    private Boolean adoptionConsidered;
    private Boolean fosterToAdoptConsidered;
    private PermanenceOption permanencePlan;
    private PermanenceOption parallelPlan;
    private String decisions;
    private LocalDate minutesCirculated;
    private Boolean childViewsRecorded;

    public ReviewType getType() { return type; }
    public void setType(ReviewType type) { this.type = type; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Boolean getAdoptionConsidered() { return adoptionConsidered; }
    public void setAdoptionConsidered(Boolean adoptionConsidered) { this.adoptionConsidered = adoptionConsidered; }
    public Boolean getFosterToAdoptConsidered() { return fosterToAdoptConsidered; }
    public void setFosterToAdoptConsidered(Boolean fosterToAdoptConsidered) { this.fosterToAdoptConsidered = fosterToAdoptConsidered; }
    public PermanenceOption getPermanencePlan() { return permanencePlan; }
    public void setPermanencePlan(PermanenceOption permanencePlan) { this.permanencePlan = permanencePlan; }
    /** The parallel (contingency) permanence plan pursued alongside the main plan, if any. */
    public PermanenceOption getParallelPlan() { return parallelPlan; }
    public void setParallelPlan(PermanenceOption parallelPlan) { this.parallelPlan = parallelPlan; }
    /** Whether adoption was the plan or the parallel plan at this review: the authority was considering adoption. */
    public boolean adoptionInPlay() { return permanencePlan == PermanenceOption.ADOPTION || parallelPlan == PermanenceOption.ADOPTION; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    /** When the review's record (minutes) was circulated. */
    public LocalDate getMinutesCirculated() { return minutesCirculated; }
    public void setMinutesCirculated(LocalDate minutesCirculated) { this.minutesCirculated = minutesCirculated; }
    /** Whether the child's views are recorded in the review. */
    public Boolean getChildViewsRecorded() { return childViewsRecorded; }
    public void setChildViewsRecorded(Boolean childViewsRecorded) { this.childViewsRecorded = childViewsRecorded; }
}
