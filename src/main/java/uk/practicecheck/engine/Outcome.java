package uk.practicecheck.engine;

/**
 * What a rule concluded for a case. Declared from the most to the least pressing, which is the
 * order a case's several findings for one rule are summarised in.
 */
public enum Outcome {
    /** The rule itself failed on this case; reported so nothing is silently lost. */
    ERROR("rule error"),
    NOT_MET("not met"),
    /** The record lacks a fact the rule needs. */
    CANNOT_TELL("cannot tell"),
    /** A deadline that has not yet passed and is not yet met. */
    NOT_YET_DUE("not yet due"),
    MET("met"),
    NOT_APPLICABLE("not applicable");

    private final String words;

    Outcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The more pressing of two outcomes. */
    public Outcome worse(Outcome other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
