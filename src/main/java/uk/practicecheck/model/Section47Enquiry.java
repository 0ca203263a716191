package uk.practicecheck.model;

import java.time.LocalDate;

/** Section 47 enquiries and whether they led to an initial child protection conference. */
public class Section47Enquiry {
    private LocalDate start;
    private LocalDate strategyDiscussion;
    private Boolean icpcRequired;
    private LocalDate completed;

    /** When the enquiries started. */
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    /** The strategy discussion that started them. */
    public LocalDate getStrategyDiscussion() { return strategyDiscussion; }
    public void setStrategyDiscussion(LocalDate strategyDiscussion) { this.strategyDiscussion = strategyDiscussion; }
    /** Whether the enquiries concluded that an initial conference was needed. */
    public Boolean getIcpcRequired() { return icpcRequired; }
    public void setIcpcRequired(Boolean icpcRequired) { this.icpcRequired = icpcRequired; }
    /** When the enquiries were completed. */
    public LocalDate getCompleted() { return completed; }
    public void setCompleted(LocalDate completed) { this.completed = completed; }

    /** "section 47 enquiries started 2026-03-02". */
    public String label() { return "section 47 enquiries started " + DateTexts.of(start); }
}
