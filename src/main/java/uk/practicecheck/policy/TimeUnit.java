package uk.practicecheck.policy;

/** Units a timescale can be expressed in. */
public enum TimeUnit {
    HOURS("hours"),
    DAYS("days"),
    WORKING_DAYS("working days"),
    WEEKS("weeks"),
    MONTHS("months"),
    YEARS("years");

    private final String words;

    TimeUnit(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
