package uk.practicecheck.model;

/**
 * The exceptions in regulation 29 of the Care Planning, Placement and Case Review (England)
 * Regulations 2010 to speaking to a looked-after child in private at a statutory visit.
 */
public enum NotSeenAloneReason {
    /** The child, being of sufficient age and understanding, refused (regulation 29(a)). */
    CHILD_REFUSED,
    /** The social worker judged it inappropriate given the child's age and understanding (regulation 29(b)). */
    INAPPROPRIATE_FOR_AGE_OR_UNDERSTANDING,
    /** The social worker was unable to (regulation 29(c)). */
    UNABLE
}
