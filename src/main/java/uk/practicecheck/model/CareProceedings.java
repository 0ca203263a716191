package uk.practicecheck.model;

import java.time.LocalDate;

/** An application for a care or supervision order (Children Act 1989, Part 4) and when the court disposed of it. */
public class CareProceedings {
    private LocalDate issued;
    private LocalDate concluded;

    /** The day the application was issued by the court. */
    public LocalDate getIssued() { return issued; }
    public void setIssued(LocalDate issued) { this.issued = issued; }
    /** The day the court disposed of the application (final order, or the application withdrawn or refused); absent while it goes on. */
    public LocalDate getConcluded() { return concluded; }
    public void setConcluded(LocalDate concluded) { this.concluded = concluded; }

    public String label() {
        return "care proceedings issued " + DateTexts.of(issued);
    }
}
