package uk.practicecheck.model;

import java.time.LocalDate;

/** A social worker's visit to the child. */
public class Visit {
    private LocalDate date;
    private VisitType type;
    private Boolean childSeen;
    private Boolean seenAlone;

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
}
