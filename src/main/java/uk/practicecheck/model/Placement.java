package uk.practicecheck.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Where a looked-after child lives, and how the carers were approved. */
public class Placement {
    private LocalDate start;
    private LocalDate end;
    private PlacementType type;
    private LocalDate longTermFrom;
    private LocalDate temporaryApproval;
    private LocalDate carerAssessmentCompleted;
    private String assessedUnderRegulation;
    private Boolean shortBreak;
    private LocalDate placementPlan;
    private Boolean outOfArea;
    private LocalDate areaAuthorityNotified;
    private Boolean siblingsLookedAfter;
    private LocalDate siblingAssessment;

    /** When the child moved in. */
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    /** When the child moved out; absent while current. */
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    /** The kind of placement. */
    public PlacementType getType() { return type; }
    public void setType(PlacementType type) { this.type = type; }
    /** When the placement was agreed as the child's long-term placement, if it was. */
    public LocalDate getLongTermFrom() { return longTermFrom; }
    public void setLongTermFrom(LocalDate longTermFrom) { this.longTermFrom = longTermFrom; }
    /** For a connected person, when they were temporarily approved (regulation 24). */
    public LocalDate getTemporaryApproval() { return temporaryApproval; }
    public void setTemporaryApproval(LocalDate temporaryApproval) { this.temporaryApproval = temporaryApproval; }
    /** When the full assessment of the carer was completed or approved. */
    public LocalDate getCarerAssessmentCompleted() { return carerAssessmentCompleted; }
    public void setCarerAssessmentCompleted(LocalDate carerAssessmentCompleted) { this.carerAssessmentCompleted = carerAssessmentCompleted; }
    /** The regulation the carer was assessed under, as recorded. */
    public String getAssessedUnderRegulation() { return assessedUnderRegulation; }
    public void setAssessedUnderRegulation(String assessedUnderRegulation) { this.assessedUnderRegulation = assessedUnderRegulation; }

    /**
     * Whether the placement is one of a series of short breaks (respite) under one agreement,
     * which the regulations treat as one placement with lighter review and visiting duties;
     * null when the record does not say.
     */
    public Boolean getShortBreak() { return shortBreak; }
    public void setShortBreak(Boolean shortBreak) { this.shortBreak = shortBreak; }

    /** When the placement plan (regulation 9) was prepared; absent if it has not been. */
    public LocalDate getPlacementPlan() { return placementPlan; }
    public void setPlacementPlan(LocalDate placementPlan) { this.placementPlan = placementPlan; }
    /** Whether the placement is outside the responsible authority's area; null when the record does not say. */
    public Boolean getOutOfArea() { return outOfArea; }
    public void setOutOfArea(Boolean outOfArea) { this.outOfArea = outOfArea; }
    /** For a placement outside the area, when the authority for the area was notified in writing (regulation 13(4)). */
    public LocalDate getAreaAuthorityNotified() { return areaAuthorityNotified; }
    public void setAreaAuthorityNotified(LocalDate areaAuthorityNotified) { this.areaAuthorityNotified = areaAuthorityNotified; }
    /** Whether a brother or sister of the child was also looked after when the placement began; null when the record does not say. */
    public Boolean getSiblingsLookedAfter() { return siblingsLookedAfter; }
    public void setSiblingsLookedAfter(Boolean siblingsLookedAfter) { this.siblingsLookedAfter = siblingsLookedAfter; }
    /** When the assessment of whether the child should live with or apart from looked-after brothers and sisters was completed. */
    public LocalDate getSiblingAssessment() { return siblingAssessment; }
    public void setSiblingAssessment(LocalDate siblingAssessment) { this.siblingAssessment = siblingAssessment; }

    /**
     * Regulations under which a connected person is assessed: regulation 24 (temporary approval)
     * or 25 (its extension) of the Care Planning, Placement and Case Review (England) Regulations
     * 2010, or regulation 26 or 27 (full assessment and approval as a foster carer) of the
     * Fostering Services (England) Regulations 2011.
     */
    private static final Pattern CONNECTED_PERSON_REGULATION =
            Pattern.compile("(?i)\\b(regulation|regs?\\.?|r\\.)\\s*(24|25|26|27)\\b");

    /**
     * Whether the recorded regulation is one that a connected-person carer is assessed under;
     * null when no regulation is recorded.
     */
    public Boolean assessedUnderConnectedPersonsRegulation() {
        if (assessedUnderRegulation == null || assessedUnderRegulation.isBlank()) {
            return null;
        }
        return CONNECTED_PERSON_REGULATION.matcher(assessedUnderRegulation).find();
    }

    /** A recorded regulation 25: the connected person's temporary approval was extended. */
    private static final Pattern EXTENSION_REGULATION = Pattern.compile("(?i)\\b(regulation|regs?\\.?|r\\.)\\s*25\\b");

    /** Whether the recorded regulation says the temporary approval was extended (regulation 25). */
    public boolean temporaryApprovalExtended() {
        return assessedUnderRegulation != null && EXTENSION_REGULATION.matcher(assessedUnderRegulation).find();
    }

    /** A recorded regulation 19: the child was placed with a parent before the assessment of regulation 17 was complete. */
    private static final Pattern BEFORE_ASSESSMENT_REGULATION = Pattern.compile("(?i)\\b(regulation|regs?\\.?|r\\.)\\s*19\\b");

    /**
     * Whether the child was placed with a parent (or another person with parental responsibility)
     * before the assessment of their suitability was complete, under regulation 19 of the Care
     * Planning, Placement and Case Review (England) Regulations 2010, on {@code day}: the placement is
     * with parents, records regulation 19, and the assessment was not yet recorded as complete.
     */
    public boolean placedWithParentBeforeAssessmentOn(LocalDate day) {
        return type == PlacementType.PLACED_WITH_PARENTS && assessedUnderRegulation != null
                && BEFORE_ASSESSMENT_REGULATION.matcher(assessedUnderRegulation).find()
                && (carerAssessmentCompleted == null || day.isBefore(carerAssessmentCompleted));
    }

    /** A short label such as "connected person placement from 2026-03-02". */
    public String label() {
        return Labels.humanise(type) + " placement from " + DateTexts.of(start);
    }
}
