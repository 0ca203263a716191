package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;

/**
 * The dates a case record may hold. Children's social care records are about people alive now, so a
 * date before 1900 or after 2099 is a typing or export error (a year 1800, a year +999999999), not a
 * fact to judge: the record is rejected naming the field, rather than evaluated on nonsense.
 * Whether the child is born by the as-of date is judged with the as-of date, in {@link CaseSummaryReader#bornBy}.
 */
final class PlausibleDates {
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private PlausibleDates() {
    }

    static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The error for a real calendar date outside the years a case record may hold. */
    static Implausible implausible(JsonParser parser, Object value, Class<?> type) {
        return new Implausible(parser, "'" + value + "' is outside the dates a case record can hold ("
                + EARLIEST + " to " + LATEST + ")", value, type);
    }

    /** A date that parses but cannot be true of a child's case; its message is the reason given. */
    static final class Implausible extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        Implausible(JsonParser parser, String message, Object value, Class<?> type) {
            super(parser, message, value, type);
        }
    }
}
