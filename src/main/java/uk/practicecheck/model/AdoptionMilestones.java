package uk.practicecheck.model;

import java.time.LocalDate;

/** Dates on a child's adoption journey; each is absent until it has happened. */
public class AdoptionMilestones {
    private LocalDate familyFindingStarted;
    private LocalDate agencyDecisionMakerDecision;
    private LocalDate placementOrder;
    private LocalDate matched;
    private LocalDate placed;
    private LocalDate fosterToAdoptPlacement;
    private LocalDate adoptionOrder;
    private Boolean placedWithFosterCarers;
    private Boolean agencyDecisionMakerRationaleRecorded;
    private LocalDate lifeStoryBook;
    private LocalDate laterLifeLetter;

    public LocalDate getFamilyFindingStarted() { return familyFindingStarted; }
    public void setFamilyFindingStarted(LocalDate familyFindingStarted) { this.familyFindingStarted = familyFindingStarted; }
    public LocalDate getAgencyDecisionMakerDecision() { return agencyDecisionMakerDecision; }
    public void setAgencyDecisionMakerDecision(LocalDate agencyDecisionMakerDecision) { this.agencyDecisionMakerDecision = agencyDecisionMakerDecision; }
    public LocalDate getPlacementOrder() { return placementOrder; }
    public void setPlacementOrder(LocalDate placementOrder) { this.placementOrder = placementOrder; }
    public LocalDate getMatched() { return matched; }
    public void setMatched(LocalDate matched) { this.matched = matched; }
    public LocalDate getPlaced() { return placed; }
    public void setPlaced(LocalDate placed) { this.placed = placed; }
    public LocalDate getFosterToAdoptPlacement() { return fosterToAdoptPlacement; }
    public void setFosterToAdoptPlacement(LocalDate fosterToAdoptPlacement) { this.fosterToAdoptPlacement = fosterToAdoptPlacement; }
    /** When the adoption order was made. */
    public LocalDate getAdoptionOrder() { return adoptionOrder; }
    public void setAdoptionOrder(LocalDate adoptionOrder) { this.adoptionOrder = adoptionOrder; }
    /** Whether the child was placed for adoption with their own foster carers; null when the record does not say. */
    public Boolean getPlacedWithFosterCarers() { return placedWithFosterCarers; }
    public void setPlacedWithFosterCarers(Boolean placedWithFosterCarers) { this.placedWithFosterCarers = placedWithFosterCarers; }
    /** Whether the agency decision maker's rationale is recorded with the decision. */
    public Boolean getAgencyDecisionMakerRationaleRecorded() { return agencyDecisionMakerRationaleRecorded; }
    public void setAgencyDecisionMakerRationaleRecorded(Boolean agencyDecisionMakerRationaleRecorded) { this.agencyDecisionMakerRationaleRecorded = agencyDecisionMakerRationaleRecorded; }
    /** When the child's life-story book was provided. */
    public LocalDate getLifeStoryBook() { return lifeStoryBook; }
    public void setLifeStoryBook(LocalDate lifeStoryBook) { this.lifeStoryBook = lifeStoryBook; }
    /** When the later-life letter was provided. */
    public LocalDate getLaterLifeLetter() { return laterLifeLetter; }
    public void setLaterLifeLetter(LocalDate laterLifeLetter) { this.laterLifeLetter = laterLifeLetter; }

    /** The day both the life-story book and the later-life letter had been provided (the later of the two); null until both have. */
    public LocalDate lifeStoryBookAndLaterLifeLetter() {
        if (lifeStoryBook == null || laterLifeLetter == null) {
            return null;
        }
        return lifeStoryBook.isAfter(laterLifeLetter) ? lifeStoryBook : laterLifeLetter;
    }
}
