package uk.practicecheck.model;

import java.time.LocalDate;

/** A social worker's visit to the child. */
public class Visit {
    private LocalDate date;
    private VisitType type;
    private Boolean childSeen;
    private Boolean seenAlone;
    private NotSeenAloneReason notSeenAloneReason;

    /** When it took place. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** Which statutory duty it fulfils. */
    public VisitType getType() { return type; }
    public void setType(VisitType type) { this.type = type; }
    /** Whether the child was seen. */
    public Boolean getChildSeen() { return childSeen; }
    public void setChildSeen(Boolean childSeen) { this.childSeen = childSeen; }
    /** Whether the child was seen alone. */
    public Boolean getSeenAlone() { return seenAlone; }
    public void setSeenAlone(Boolean seenAlone) { this.seenAlone = seenAlone; }
    /** Why the child was not seen alone, where the record gives a reason. */
    public NotSeenAloneReason getNotSeenAloneReason() { return notSeenAloneReason; }
    public void setNotSeenAloneReason(NotSeenAloneReason notSeenAloneReason) { this.notSeenAloneReason = notSeenAloneReason; }

    /**
     * Whether the visit met regulation 29: yes if the child was seen alone, or was not with a
     * reason the regulation allows recorded (a reason recorded where whether the child was seen
     * alone is left out says the child was not); no if not seen alone with no reason; null if the
     * record does not say.
     */
    public Boolean seenAloneOrExcepted() {
        if (seenAlone == null) {
            return notSeenAloneReason != null ? Boolean.TRUE : null;
        }
        return seenAlone || notSeenAloneReason != null;
    }

    /** What {@link #seenAloneOrExcepted()} judged, in words. */
    public String seenAloneLabel() {
        if (!Boolean.TRUE.equals(seenAlone) && notSeenAloneReason != null) {
            return "the child was not seen alone for a reason regulation 29 allows ("
                    + switch (notSeenAloneReason) {
                        case CHILD_REFUSED -> "the child refused";
                        case INAPPROPRIATE_FOR_AGE_OR_UNDERSTANDING -> "inappropriate given the child's age and understanding";
                        case UNABLE -> "the social worker was unable to";
                    } + ")";
        }
        return "the child was seen alone";
    }
}
