package uk.practicecheck.model;

import java.time.LocalDate;

/** A strategy discussion or meeting about a child. */
public class StrategyDiscussion {
    private LocalDate date;
    private Boolean policeAttended;
    private Boolean section47Initiated;

    /** When it was held. */
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    /** Whether the police took part. */
    public Boolean getPoliceAttended() { return policeAttended; }
    public void setPoliceAttended(Boolean policeAttended) { this.policeAttended = policeAttended; }
    /** Whether it started section 47 enquiries. */
    public Boolean getSection47Initiated() { return section47Initiated; }
    public void setSection47Initiated(Boolean section47Initiated) { this.section47Initiated = section47Initiated; }

    /** "strategy discussion on 2026-03-02", or "strategy discussion (date not recorded)". */
    public String label() { return "strategy discussion " + (date == null ? DateTexts.of(date) : "on " + date); }
}
