package uk.practicecheck.returns;

import java.time.LocalDate;

/**
 * The year a statutory return covers: 1 April to the following 31 March.
 *
 * @param start 1 April
 * @param end   31 March of the next year
 */
public record CollectionPeriod(LocalDate start, LocalDate end) {

    /** The collection year the date falls in. */
    public static CollectionPeriod containing(LocalDate date) {
        LocalDate end = Values.collectionYearEnd(date);
        return new CollectionPeriod(end.minusYears(1).plusDays(1), end);
    }

    /**
     * The collection year of a return whose latest date is {@code latest}: a return holds nothing
     * after its year's end, so that is the year the latest date falls in.
     */
    public static CollectionPeriod endingAfter(LocalDate latest) {
        return containing(latest);
    }

    /** "2024-04-01 to 2025-03-31". */
    @Override
    public String toString() {
        return start + " to " + end;
    }
}
