package uk.practicecheck.returns;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** "2025", "2025-26", "2025/26" or "2025-2026": the year starting 1 April 2025. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s*[-/]\\s*(\\d{2}|\\d{4}))?");

    /**
     * The collection year named as people name it: {@code 2025} or {@code 2025-26} (also
     * {@code 2025/26} or {@code 2025-2026}) is 1 April 2025 to 31 March 2026.
     *
     * @throws IllegalArgumentException saying what is wrong, in words
     */
    public static CollectionPeriod parse(String text) {
        String given = text == null ? "" : text.strip();
        Matcher m = YEAR.matcher(given);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + given + "' is not a collection year: give the year it starts,"
                    + " such as 2025 or 2025-26 (1 April 2025 to 31 March 2026)");
        }
        int start = Integer.parseInt(m.group(1));
        if (start < 1990 || start > 2098) {
            throw new IllegalArgumentException("'" + given + "' is not a collection year this tool reads: give one"
                    + " from 1990 to 2098, such as 2025 or 2025-26");
        }
        if (m.group(2) != null) {
            int end = Integer.parseInt(m.group(2));
            int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
            if (end != expected) {
                throw new IllegalArgumentException("'" + given + "' is not a collection year: a year runs from 1 April"
                        + " to the next 31 March, so " + start + " is followed by " + String.format("%02d", (start + 1) % 100)
                        + " (" + start + "-" + String.format("%02d", (start + 1) % 100) + ")");
            }
        }
        return new CollectionPeriod(LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31));
    }

    /** The collection year before this one. */
    public CollectionPeriod previous() {
        return new CollectionPeriod(start.minusYears(1), end.minusYears(1));
    }

    /** "2025-26". */
    public String label() {
        return start.getYear() + "-" + String.format("%02d", end.getYear() % 100);
    }

    /** "2024-04-01 to 2025-03-31". */
    @Override
    public String toString() {
        return start + " to " + end;
    }
}
