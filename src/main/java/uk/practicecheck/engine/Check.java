package uk.practicecheck.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.practicecheck.model.Labels;
import uk.practicecheck.model.DateTexts;
import uk.practicecheck.policy.Due;
import uk.practicecheck.policy.Occasion;

/**
 * One finding being recorded by a rule consequence, built up fluently:
 *
 * <pre>
 * findings.about($episode.label())
 *         .expect("return home interview offered")
 *         .due(policy.due("missing.returnInterview.offer", $episode.getEnd(), "return"))
 *         .done($episode.firstOffered(), "missingEpisodes.returnInterviewOffered");
 * </pre>
 *
 * <p>The outcome is worked out once the case has been evaluated, from what the rule stated:
 * a required condition that is false is not met and one that is unknown cannot be told; a
 * deadline is met when the thing was done by then, not yet due while the due day has not
 * passed, and not met after that. Where a rule gives both conditions and a deadline, the
 * conditions must hold by the deadline. Where it gives conditions, a deadline and when the thing
 * was done, both must hold: the thing done on time and every condition true (see
 * {@link #concludeDeadlineAndConditions()}).
 */
public final class Check {
    private final String subject;
    private final LocalDate asOf;
    /** The check the same rule recorded next on the same case ({@link FindingRecorder}); null for the last. */
    Check next;
    /** The conditions stated, in order; most checks state none, so the list is made with the first. */
    private List<Requirement> requirements = List.of();
    /** Fields the source does not hold, and facts the record does not give: rarely any, so made when first needed. */
    private Set<String> unheldFields;
    private List<String> missingFacts;
    private final RecordedFields recordedFields;
    private String expectation;
    private Due due;
    private LocalDateTime done;
    private boolean doneStated;
    /** The field the thing done was read from, and the day from which the source holds it, if only from then. */
    private String doneField;
    private LocalDate doneHeldFrom;
    /** Something done that proves the expected thing was done, read from a field that is held; null if none. */
    private LocalDateTime proof;
    /** Why the deadline is only the latest it can have been, where it is; null when it is exact. */
    private String latestOnly;
    /** Why the outcome cannot be told, as worked out by a timetable; null when it can be. */
    private String untold;
    /** Whether a timetable worked out the deadline, and so has already taken a partial history into account. */
    private boolean timetabled;
    /** What {@link #conclude()} worked out: the outcome, the days overdue where not met, and which message says so. */
    private Outcome outcome;
    private Long daysOverdue;
    private Sentence sentence;
    /** Where conditions are judged with a deadline, the deadline's own message, which the finding's message ends with. */
    private Sentence deadlineSentence;
    /** The days late or overdue that the message gives. */
    private long days;

    /**
     * Which message a finding gets: worked out with its outcome, written ({@link #message}) only when
     * first read, since an audit reads the messages of few of its findings.
     */
    private enum Sentence {
        LATEST_POSSIBLE, UNTOLD_NOT_MET, UNTOLD, NOT_HELD, NOT_GIVEN, CONDITIONS_NOT_MET, CONDITIONS_UNKNOWN,
        CONDITIONS_MET, BEFORE_THE_RECORD, DONE_UNTIMED, DONE_ON_TIME, DONE_LATE, NOT_YET_DUE, OVERDUE,
        NOT_MET_AND_DEADLINE, UNKNOWN_AND_DEADLINE, MET_BY_DEADLINE, NOT_YET_MET, NOT_MET_BY_DEADLINE, UNKNOWN_BY_DEADLINE
    }

    Check(String subject, LocalDate asOf, RecordedFields recordedFields) {
        this.subject = subject;
        this.asOf = asOf;
        this.recordedFields = recordedFields;
    }

    /** What should have happened, in a few words: "return home interview offered". */
    public Check expect(String what) {
        this.expectation = what;
        return this;
    }

    public Check due(Due deadline) {
        this.due = deadline;
        return this;
    }

    /** When the expected thing happened (null if it has not), and the case field it came from. */
    public Check done(LocalDateTime when, String field) {
        this.done = when;
        this.doneStated = true;
        this.doneField = field;
        this.doneHeldFrom = field == null ? null : recordedFields.heldFrom(field);
        noteIfNotHeld(field);
        return this;
    }

    public Check done(LocalDate when, String field) {
        return done(when == null ? null : when.atStartOfDay(), field);
    }

    /**
     * When the last of two expected things happened (null until both have), each read from its own
     * case field, such as a life-story book and a later-life letter.
     */
    public Check done(LocalDate when, String field, String otherField) {
        noteIfNotHeld(otherField);
        return done(when, field);
    }

    /**
     * Something else recorded that proves the expected thing was done when it was: a return home
     * interview held proves it was offered. Where the source does not hold the field the thing is
     * read from ({@link #done}), this proves it done on time if it was itself on time; otherwise the
     * check still cannot tell.
     */
    public Check provenBy(LocalDateTime when, String field) {
        if (when != null && recordedFields.holds(field)) {
            this.proof = when;
        }
        return this;
    }

    /**
     * Says the deadline is exact only where {@code exact}; otherwise it is the latest it can have been
     * (counted from a later event because the one it runs from is not dated, {@code why}): late
     * against it is late, but done by it, or not yet due, cannot be told.
     */
    public Check latestPossibleUnless(boolean exact, String why) {
        this.latestOnly = exact ? null : why;
        return this;
    }

    /**
     * One occasion of a timetable ({@link Occasion}): when it was due, when it was done, read from
     * {@code field}, and, where the timetable could not tell whether it was on time, why.
     */
    public Check occasion(Occasion occasion, String field) {
        this.timetabled = true;
        this.untold = occasion.untold();
        return due(occasion.due()).done(occasion.done(), field);
    }

    /**
     * {@link #occasion(Occasion, String)} whose timetable also depends on {@code otherField} (null
     * for none), such as the placements a visits timetable runs from when none is recorded.
     */
    public Check occasion(Occasion occasion, String field, String otherField) {
        noteIfNotHeld(otherField);
        return occasion(occasion, field);
    }

    /** A condition that must hold; null means the record does not say. */
    public Check require(String label, Boolean satisfied) {
        if (requirements.isEmpty()) {
            requirements = new ArrayList<>(2);
        }
        requirements.add(new Requirement(label, satisfied));
        return this;
    }

    /** A condition that must hold, read from a field the source may not hold. */
    public Check require(String label, Boolean satisfied, String field) {
        boolean held = recordedFields.holds(field);
        if (!held) {
            noteNotHeld(field);
        }
        return require(label, held ? satisfied : null);
    }

    /** A condition that must hold only where {@code applies}, such as a contingency on child in need plans. */
    public Check requireWhere(boolean applies, String label, Boolean satisfied, String field) {
        return applies ? require(label, satisfied, field) : this;
    }

    /**
     * A fact the check cannot be concluded without, such as the child's date of birth for a
     * timescale that depends on age; null means the record does not give it, and the finding is
     * "cannot tell" unless a stated condition already fails.
     */
    public Check needs(String what, Object value) {
        if (value == null) {
            if (missingFacts == null) {
                missingFacts = new ArrayList<>();
            }
            missingFacts.add(what);
        }
        return this;
    }

    private void noteIfNotHeld(String field) {
        if (field != null && !recordedFields.holds(field)) {
            noteNotHeld(field);
        }
    }

    private void noteNotHeld(String field) {
        if (unheldFields == null) {
            unheldFields = new LinkedHashSet<>();
        }
        unheldFields.add(field);
    }

    /** The finding, its outcome worked out now and its texts ({@link #texts()}) when first asked for. */
    Finding conclude() {
        concludeExactly();
        if (latestOnly != null && (outcome == Outcome.MET || outcome == Outcome.NOT_YET_DUE)) {
            concludeAs(Outcome.CANNOT_TELL, null, Sentence.LATEST_POSSIBLE);
        }
        // The check is finished: its requirements are handed over without a copy, read-only.
        List<Requirement> concluded = requirements.isEmpty() ? List.of() : Collections.unmodifiableList(requirements);
        return Finding.concludedBy(this, subject, outcome, due == null ? null : due.date(),
                done == null ? null : done.toLocalDate(), daysOverdue, concluded);
    }

    private void concludeExactly() {
        if (untold != null) {
            // Not met whatever the timing if a condition fails; the deadline is not claimed missed, since that cannot be told.
            boolean failing = anyRequirementFalse();
            concludeAs(failing ? Outcome.NOT_MET : Outcome.CANNOT_TELL, null, failing ? Sentence.UNTOLD_NOT_MET : Sentence.UNTOLD);
        } else if (unheldFields != null && !anyRequirementFalse() && !provenOnTimeDespiteUnheldField()) {
            concludeAs(Outcome.CANNOT_TELL, null, Sentence.NOT_HELD);
        } else if (missingFacts != null && !anyRequirementFalse()) {
            concludeAs(Outcome.CANNOT_TELL, null, Sentence.NOT_GIVEN);
        } else if (due == null) {
            concludeConditions();
        } else if (doneStated && mayBeBeforeTheRecord()) {
            concludeAs(Outcome.CANNOT_TELL, null, Sentence.BEFORE_THE_RECORD);
        } else if (doneStated) {
            if (requirements.isEmpty()) {
                concludeDeadline();
            } else {
                concludeDeadlineAndConditions();
            }
        } else {
            concludeConditionsByDeadline();
        }
    }

    private void concludeAs(Outcome concluded, Long overdue, Sentence sentence) {
        this.outcome = concluded;
        this.daysOverdue = overdue;
        this.sentence = sentence;
    }

    /**
     * Whether the thing was proven done on time ({@link #provenBy}), although the field it is usually
     * read from is not held (a return home interview held within 72 hours proves the offer); if so, that is when it was done.
     */
    private boolean provenOnTimeDespiteUnheldField() {
        if (proof == null || due == null || unheldFields.size() != 1 || !unheldFields.contains(doneField)
                || !due.isMetBy(proof) || anyRequirementUnknown()) {
            return false;
        }
        done = proof;
        return true;
    }

    /**
     * Whether the source's partial history of the field the thing is read from begins after the
     * timescale did, so that it may have been done, unrecorded, before the record begins: only
     * a record on time proves anything then. Timetables take this into account themselves.
     */
    private boolean mayBeBeforeTheRecord() {
        return !timetabled && doneHeldFrom != null && doneHeldFrom.isAfter(due.countedFrom())
                && (done == null ? !due.isOpenOn(asOf) : !due.isMetBy(done));
    }

    private void concludeConditions() {
        if (anyRequirementFalse()) {
            concludeAs(Outcome.NOT_MET, null, Sentence.CONDITIONS_NOT_MET);
        } else if (anyRequirementUnknown()) {
            concludeAs(Outcome.CANNOT_TELL, null, Sentence.CONDITIONS_UNKNOWN);
        } else {
            concludeAs(Outcome.MET, null, Sentence.CONDITIONS_MET);
        }
    }

    private void concludeDeadline() {
        if (done != null) {
            Boolean onTime = due.metBy(done);
            if (onTime == null) {
                concludeAs(Outcome.CANNOT_TELL, null, Sentence.DONE_UNTIMED);
            } else if (onTime) {
                concludeAs(Outcome.MET, null, Sentence.DONE_ON_TIME);
            } else {
                days = ChronoUnit.DAYS.between(due.date(), done.toLocalDate());
                concludeAs(Outcome.NOT_MET, days, Sentence.DONE_LATE);
            }
        } else if (due.isOpenOn(asOf)) {
            concludeAs(Outcome.NOT_YET_DUE, null, Sentence.NOT_YET_DUE);
        } else {
            days = ChronoUnit.DAYS.between(due.date(), asOf);
            concludeAs(Outcome.NOT_MET, days, Sentence.OVERDUE);
        }
    }

    /**
     * Something that must be done by a deadline and meet conditions, such as a decision made
     * within a day with its rationale recorded. A false condition is not met whatever the timing;
     * a condition the record is silent on leaves it untold once the thing was done on time, or
     * once the deadline has passed without it (the silent condition may be why it was not done).
     */
    private void concludeDeadlineAndConditions() {
        concludeDeadline();
        deadlineSentence = sentence;
        if (anyRequirementFalse()) {
            concludeAs(Outcome.NOT_MET, daysOverdue, Sentence.NOT_MET_AND_DEADLINE);
        } else if (anyRequirementUnknown()
                && (outcome == Outcome.MET || outcome == Outcome.NOT_MET && done == null)) {
            concludeAs(Outcome.CANNOT_TELL, null, Sentence.UNKNOWN_AND_DEADLINE);
        }
    }

    private void concludeConditionsByDeadline() {
        if (!requirements.isEmpty() && requirements.stream().allMatch(r -> Boolean.TRUE.equals(r.satisfied()))) {
            concludeAs(Outcome.MET, null, Sentence.MET_BY_DEADLINE);
        } else if (due.isOpenOn(asOf)) {
            concludeAs(Outcome.NOT_YET_DUE, null, Sentence.NOT_YET_MET);
        } else if (anyRequirementFalse()) {
            days = ChronoUnit.DAYS.between(due.date(), asOf);
            concludeAs(Outcome.NOT_MET, days, Sentence.NOT_MET_BY_DEADLINE);
        } else {
            concludeAs(Outcome.CANNOT_TELL, null, Sentence.UNKNOWN_BY_DEADLINE);
        }
    }

    /** The finding's texts, written from what {@link #conclude()} worked out. */
    Finding.Texts texts() {
        return new Finding.Texts(message(sentence), due == null ? null : due.text(), due == null ? null : due.basis(),
                done == null ? null : DateTexts.of(done));
    }

    private String message(Sentence which) {
        return switch (which) {
            case LATEST_POSSIBLE -> "Cannot tell whether on time: " + latestOnly + "; it was due by " + due.text()
                    + " at the latest (" + due.basis() + ")" + (done == null ? "" : ", and done " + DateTexts.of(done)) + ".";
            case UNTOLD_NOT_MET -> "Not met, " + failing() + ". Cannot tell " + untoldTiming();
            case UNTOLD -> "Cannot tell " + untoldTiming();
            case NOT_HELD -> "Cannot tell: the record does not hold "
                    + String.join(", ", unheldFields.stream().map(Labels::field).toList()) + ".";
            case NOT_GIVEN -> "Cannot tell: the record does not give " + String.join(", ", missingFacts) + ".";
            case CONDITIONS_NOT_MET -> "Not met, " + failing() + ".";
            case CONDITIONS_UNKNOWN -> "Cannot tell: the record does not say whether " + unknown() + ".";
            case CONDITIONS_MET -> "Met: " + labels(requirements) + ".";
            case BEFORE_THE_RECORD -> "Cannot tell: the record holds " + Labels.field(doneField) + " only from "
                    + doneHeldFrom + ", and it was due by " + due.text() + " (" + due.basis() + ")"
                    + (done == null ? "" : "; the first recorded " + DateTexts.of(done)) + ".";
            // Either the moment done or the one the deadline runs from lacks its time of day: say which.
            case DONE_UNTIMED -> "Cannot tell whether on time: " + expectedOrDone() + " " + DateTexts.of(done)
                    + (done.toLocalTime().equals(LocalTime.MIDNIGHT)
                            ? ", without a time of day, and due by " + due.text() + " (" + due.basis() + ")"
                            : ", and due by " + due.text() + " (" + due.basis() + ", recorded without a time of day)")
                    + "; it may have been hours late.";
            case DONE_ON_TIME -> capitalise(expectedOrDone()) + " " + DateTexts.of(done) + ", on time (due by "
                    + due.text() + ": " + due.basis() + ").";
            case DONE_LATE -> capitalise(expectedOrDone()) + " " + DateTexts.of(done) + ", late: due by "
                    + due.text() + " (" + due.basis() + ")" + lateness(days, done) + ".";
            case NOT_YET_DUE -> "Not yet due: " + expectedOrDone() + "; due by " + due.text() + " (" + due.basis() + ").";
            case OVERDUE -> "No record of " + expectedOrDone() + "; due by " + due.text() + " (" + due.basis()
                    + "), " + days(days) + " overdue.";
            case NOT_MET_AND_DEADLINE -> "Not met, " + failing() + ". " + message(deadlineSentence);
            case UNKNOWN_AND_DEADLINE -> "Cannot tell: the record does not say whether " + unknown() + ". "
                    + message(deadlineSentence);
            case MET_BY_DEADLINE -> "Met: " + expectedOrConditions() + ", by " + due.text() + " (" + due.basis() + ").";
            case NOT_YET_MET -> "Not yet met: " + expectedOrConditions() + "; due by " + due.text() + " (" + due.basis() + ").";
            case NOT_MET_BY_DEADLINE -> "Not met by " + due.text() + " (" + due.basis() + "), " + failing()
                    + "; " + days(days) + " overdue.";
            case UNKNOWN_BY_DEADLINE -> "Cannot tell: the record does not say whether " + unknown()
                    + " by " + due.text() + " (" + due.basis() + ").";
        };
    }

    private String untoldTiming() {
        return "whether on time: " + untold + (due == null ? "" : "; due by " + due.text() + " (" + due.basis() + ")")
                + (done == null ? "" : "; done " + DateTexts.of(done)) + ".";
    }

    private String expectedOrDone() {
        return expectation == null ? "done" : expectation;
    }

    private String expectedOrConditions() {
        return expectation == null ? labels(requirements) : expectation;
    }

    // Indexed loops: asked of every finding, and an iterator here is not always optimised away.
    private boolean anyRequirementFalse() {
        for (int i = 0; i < requirements.size(); i++) {
            if (Boolean.FALSE.equals(requirements.get(i).satisfied())) {
                return true;
            }
        }
        return false;
    }

    private boolean anyRequirementUnknown() {
        for (int i = 0; i < requirements.size(); i++) {
            if (requirements.get(i).satisfied() == null) {
                return true;
            }
        }
        return false;
    }

    private String failing() {
        return "missing: " + requirements.stream().filter(r -> Boolean.FALSE.equals(r.satisfied()))
                .map(Requirement::label).collect(Collectors.joining("; "));
    }

    private String unknown() {
        return requirements.stream().filter(r -> r.satisfied() == null)
                .map(Requirement::label).collect(Collectors.joining(" or "));
    }

    private static String labels(List<Requirement> list) {
        return list.stream().map(Requirement::label).collect(Collectors.joining("; "));
    }

    private String lateness(long lateDays, LocalDateTime when) {
        if (lateDays > 0) {
            return ", " + days(lateDays) + " late";
        }
        long hours = ChronoUnit.HOURS.between(due.by(), when);
        return hours > 0 ? ", " + hours + (hours == 1 ? " hour" : " hours") + " late" : "";
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Which fields of the case under evaluation its source holds, and from when where only in part. */
    @FunctionalInterface
    interface RecordedFields {
        boolean holds(String field);

        /** The day from which the source holds the field completely; null when it holds its whole history. */
        default LocalDate heldFrom(String field) {
            return null;
        }
    }
}
