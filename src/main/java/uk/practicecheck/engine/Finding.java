package uk.practicecheck.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one rule found about one thing in a case (a plan, a missing episode, a spell in care).
 *
 * <p>The outcome and the figures are worked out when the finding is made; its texts (the
 * message, the due and done dates as shown) only when first asked for. An audit of a million
 * cases counts outcomes and prints the texts of a few hundred findings, so most are never written.
 * Findings compare equal when every part, texts included, is equal.
 */
public final class Finding {
    private final String subject;
    private final Outcome outcome;
    private final LocalDate dueDate;
    private final LocalDate doneDate;
    private final Long daysOverdue;
    private final List<Requirement> requirements;
    /**
     * The texts once made; until then the check the finding concluded makes them. Two fields rather than a
     * lazy-initialiser object: some 45 findings are made for every case, and few are ever read.
     */
    private volatile Texts texts;
    private Check concludedBy;

    /**
     * The texts of a finding.
     *
     * @param message  the conclusion in a sentence, with the dates compared
     * @param due      the deadline as shown, with a time where the timescale is in hours
     * @param dueBasis how the deadline was worked out
     * @param done     when it was done, as shown, if it was
     */
    record Texts(String message, String due, String dueBasis, String done) {
    }

    /**
     * @param subject      the thing checked, e.g. "missing from care 2026-03-02 14:00, returned 2026-03-03 09:30"
     * @param outcome      the conclusion
     * @param message      the conclusion in a sentence, with the dates compared
     * @param dueDate      when it was or is due, if the rule has a timescale
     * @param due          the deadline as shown, with a time where the timescale is in hours
     * @param dueBasis     how the deadline was worked out
     * @param done         when it was done, as shown, if it was
     * @param daysOverdue  calendar days past the due date, for a timescale not met; 0 when late by hours
     * @param requirements the conditions checked, if any
     */
    public Finding(String subject, Outcome outcome, String message, LocalDate dueDate, String due,
                   String dueBasis, String done, Long daysOverdue, List<Requirement> requirements) {
        this(subject, outcome, message, dueDate, due, dueBasis, null, done, daysOverdue, requirements);
    }

    /** As above, with the date it was done ({@code doneDate}), which tells a late completion from a duty still owed. */
    public Finding(String subject, Outcome outcome, String message, LocalDate dueDate, String due,
                   String dueBasis, LocalDate doneDate, String done, Long daysOverdue, List<Requirement> requirements) {
        this(subject, outcome, dueDate, doneDate, daysOverdue, List.copyOf(requirements), null);
        this.texts = new Texts(message, due, dueBasis, done);
    }

    private Finding(String subject, Outcome outcome, LocalDate dueDate, LocalDate doneDate, Long daysOverdue,
                    List<Requirement> requirements, Check concludedBy) {
        this.subject = subject;
        this.outcome = outcome;
        this.dueDate = dueDate;
        this.doneDate = doneDate;
        this.daysOverdue = daysOverdue;
        this.requirements = requirements;
        this.concludedBy = concludedBy;
    }

    /**
     * The finding a check concluded, whose texts the check writes when they are first needed
     * ({@link Check#texts()}); neither the check nor {@code requirements} may change after.
     */
    static Finding concludedBy(Check check, String subject, Outcome outcome, LocalDate dueDate, LocalDate doneDate,
                               Long daysOverdue, List<Requirement> requirements) {
        return new Finding(subject, outcome, dueDate, doneDate, daysOverdue, requirements, Objects.requireNonNull(check));
    }

    /** The texts, made on the first call (by one thread, if several ask at once). */
    private Texts texts() {
        Texts made = texts;
        if (made == null) {
            synchronized (this) {
                made = texts;
                if (made == null) {
                    made = concludedBy.texts();
                    texts = made;
                    concludedBy = null;
                }
            }
        }
        return made;
    }

    public String subject() {
        return subject;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String message() {
        return texts().message();
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** The day it was done, if the record says it was; null when it has not been (or the rule has no deadline). */
    public LocalDate doneDate() {
        return doneDate;
    }

    public String due() {
        return texts().due();
    }

    public String dueBasis() {
        return texts().dueBasis();
    }

    public String done() {
        return texts().done();
    }

    public Long daysOverdue() {
        return daysOverdue;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && Objects.equals(subject, that.subject) && outcome == that.outcome
                && Objects.equals(dueDate, that.dueDate) && Objects.equals(doneDate, that.doneDate)
                && Objects.equals(daysOverdue, that.daysOverdue)
                && requirements.equals(that.requirements) && texts().equals(that.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, outcome, dueDate, doneDate, daysOverdue, requirements, texts());
    }

    @Override
    public String toString() {
        Texts shown = texts();
        return "Finding[subject=" + subject + ", outcome=" + outcome + ", message=" + shown.message()
                + ", dueDate=" + dueDate + ", due=" + shown.due() + ", dueBasis=" + shown.dueBasis()
                + ", doneDate=" + doneDate + ", done=" + shown.done() + ", daysOverdue=" + daysOverdue + ", requirements=" + requirements + "]";
    }
}
