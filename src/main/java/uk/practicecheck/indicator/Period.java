package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days an indicator covers, both ends included: by default the 12 months to the as-of date.
 *
 * @param from the first day
 * @param to   the last day
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** The 12 months that end on {@code lastDay}: from the day after the same date a year before. */
    public static Period yearTo(LocalDate lastDay) {
        return new Period(lastDay.minusYears(1).plusDays(1), lastDay);
    }

    /**
     * A period written FROM..TO, such as {@code 2025-04-01..2026-03-31}.
     *
     * @throws IllegalArgumentException when the text is not two dates joined by "..", or they are the wrong way round
     */
    public static Period parse(String text) {
        String[] ends = text.trim().split("\\.\\.", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("a period is written FROM..TO, for example 2025-04-01..2026-03-31, not '" + text + "'");
        }
        try {
            return new Period(LocalDate.parse(ends[0].trim()), LocalDate.parse(ends[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a period is written FROM..TO with dates as YYYY-MM-DD, not '" + text + "'", e);
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** "2025-11-24 to 2026-11-23". */
    public String text() {
        return from + " to " + to;
    }
}
