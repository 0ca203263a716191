package uk.practicecheck.policy;

/**
 * Which statutory visits a duty judged at each visit (seeing a looked-after child alone) looks at.
 * Regulation 29 of the Care Planning, Placement and Case Review (England) Regulations 2010 applies
 * at every visit and sets no window; how far back a check looks is the authority's choice.
 */
public enum VisitWindow {
    /**
     * Every visit since the spell's latest looked-after review (the review day included), the latest
     * visit where there has been none since, and every visit of the spell before its first review:
     * a lapse stays on the report until the independent reviewing officer's next review has seen it.
     */
    SINCE_LATEST_REVIEW,
    /** Every visit of the current spell in care. */
    WHOLE_SPELL,
    /** Only the latest visit. */
    LATEST_VISIT
}
