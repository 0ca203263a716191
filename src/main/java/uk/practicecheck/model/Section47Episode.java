package uk.practicecheck.model;

import java.time.LocalDate;

/**
 * One set of section 47 enquiries as the initial conference timescale sees them: the strategy
 * discussion at which they were initiated (Working Together to Safeguard Children 2023: the initial
 * conference is held within 15 working days of it), with the enquiries' own record where there is
 * one. A strategy discussion that initiated enquiries with no separate enquiry record is an episode
 * too ({@link CaseSummary#section47Episodes()}).
 *
 * @param discussion            the day of the strategy discussion that initiated them; null when not recorded
 * @param started               the day the enquiries started, where they have a record of their own and it gives one
 * @param conferenceNeededAnswer whether the enquiries concluded a conference was needed; null when not recorded
 * @param label                 what they are, for a reader
 */
public record Section47Episode(LocalDate discussion, LocalDate started, Boolean conferenceNeededAnswer, String label) {

    /**
     * The day the conference timescale runs from: the strategy discussion; where its day is not
     * recorded, the enquiries' start, which it cannot have come after (so the deadline counted from
     * that is the latest it can have been); null when neither is recorded.
     */
    public LocalDate clockFrom() {
        return discussion != null ? discussion : started;
    }

    /** Whether the strategy discussion's day is recorded, so that the deadline is exact, not a bound. */
    public boolean discussionKnown() {
        return discussion != null;
    }

    /** {@link #clockFrom} in words. */
    public String clockFromWhat() {
        return discussion != null ? "the strategy discussion that started section 47 enquiries"
                : "section 47 enquiries started";
    }
}
