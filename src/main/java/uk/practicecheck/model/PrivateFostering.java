package uk.practicecheck.model;

import java.time.LocalDate;

/** A private fostering arrangement notified to the local authority. */
public class PrivateFostering {
    private LocalDate notified;
    private LocalDate firstVisit;
    private Boolean policeChecksCompleted;
    private LocalDate assessmentCompleted;
    private LocalDate ended;

    /** When the local authority was notified. */
    public LocalDate getNotified() { return notified; }
    public void setNotified(LocalDate notified) { this.notified = notified; }
    /** When a social worker first visited. */
    public LocalDate getFirstVisit() { return firstVisit; }
    public void setFirstVisit(LocalDate firstVisit) { this.firstVisit = firstVisit; }
    /** Whether police checks on every adult in the household were completed. */
    public Boolean getPoliceChecksCompleted() { return policeChecksCompleted; }
    public void setPoliceChecksCompleted(Boolean policeChecksCompleted) { this.policeChecksCompleted = policeChecksCompleted; }
    /** When the private fostering assessment was completed and signed off. */
    public LocalDate getAssessmentCompleted() { return assessmentCompleted; }
    public void setAssessmentCompleted(LocalDate assessmentCompleted) { this.assessmentCompleted = assessmentCompleted; }
    /** When the arrangement ended. */
    public LocalDate getEnded() { return ended; }
    public void setEnded(LocalDate ended) { this.ended = ended; }

    /** Whether the arrangement had ended before {@code day}: nothing falling due that day is owed. */
    public boolean endedBefore(LocalDate day) {
        return ended != null && ended.isBefore(day);
    }

    /** A short label such as "private fostering arrangement notified on 2026-03-02". */
    public String label() {
        return "private fostering arrangement notified on " + notified;
    }
}
