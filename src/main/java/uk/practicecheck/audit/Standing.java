package uk.practicecheck.audit;

/**
 * Where a shortfall stands for a manager, which decides where the case is listed: what can still
 * be done comes first, what was done late lately next, and old history is kept apart.
 */
public enum Standing {
    /** Not done and overdue (or a rule that failed): it can still be acted on. */
    OUTSTANDING("outstanding", "not done, overdue"),
    /** Done, but late or short of what the rule asks, within the recent window. */
    RECENTLY_LATE("done late recently", "done late or incompletely, recently"),
    /** A one-off missed or done late long ago: for the record, not ahead of live risk. */
    FOR_THE_RECORD("for the record", "historic: done late long ago, or a one-off missed long ago");

    private final String words;
    private final String meaning;

    Standing(String words, String meaning) {
        this.words = words;
        this.meaning = meaning;
    }

    /** A few words for a table cell. */
    public String words() {
        return words;
    }

    /** What it means, for a legend. */
    public String meaning() {
        return meaning;
    }
}
