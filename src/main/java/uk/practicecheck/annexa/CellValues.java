package uk.practicecheck.annexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the values Annex A cells hold. Dates arrive either as Excel serial numbers (a date cell)
 * or as text typed in UK order; yes/no answers in the many ways people write them. A value that
 * cannot be read raises {@link BadValue}, saying why.
 */
final class CellValues {
    /** Two-digit years 50-99 are 1950-1999 and 00-49 are 2000-2049. */
    private static final LocalDate TWO_DIGIT_YEAR_BASE = LocalDate.of(1950, 1, 1);
    private static final List<DateTimeFormatter> TEXT_DATES = List.of(
            format("d/M/uuuu"), twoDigitYear("d/M/"),
            format("d-M-uuuu"), twoDigitYear("d-M-"),
            format("d.M.uuuu"),
            format("uuuu-M-d"),
            format("d MMM uuuu"), format("d MMMM uuuu"),
            format("d-MMM-uuuu"), twoDigitYear("d-MMM-"));
    /** A time part after a date, as some systems export: "03/04/2024 00:00:00" or "2024-04-03T00:00". */
    private static final Pattern TRAILING_TIME = Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern SERIAL = Pattern.compile("\\d+(\\.\\d+)?");
    /** What workbooks write in a date or number cell that has no value: read as blank, as a blank cell is. */
    private static final java.util.Set<String> NO_VALUE = java.util.Set.of("n/a", "na", "n.a.", "none", "-", "--",
            "\u2013", "\u2014", "unknown", "not known", "not recorded", "not applicable", "tbc", "null", "nil");
    /** Serial 1 is 1900-01-01; 2958465 is 9999-12-31. */
    private static final double LAST_SERIAL = 2958465;

    private CellValues() {
    }

    /** A date from a serial or UK text; null when blank or written as not known ("N/A", "-", "Not recorded"). */
    static LocalDate date(String raw) {
        String text = normalise(raw);
        if (text.isEmpty() || NO_VALUE.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (SERIAL.matcher(text).matches()) {
            double serial = Double.parseDouble(text);
            if (serial < 1 || serial > LAST_SERIAL) {
                throw new BadValue("'" + text + "' is a number but not a date");
            }
            return DateUtil.getLocalDateTime(serial).toLocalDate();
        }
        String dateText = TRAILING_TIME.matcher(text).replaceFirst("").strip();
        for (DateTimeFormatter format : TEXT_DATES) {
            try {
                return LocalDate.parse(dateText, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new BadValue("'" + text + "' is not a date (expected a date cell, or text such as 31/01/2024)");
    }

    /** A yes/no answer; null when blank or recorded as unknown. */
    static Boolean yesNo(String raw) {
        String text = normalise(raw).toLowerCase(Locale.ROOT).replaceFirst("^[a-z]\\)\\s*", "");
        switch (text) {
            case "", "unknown", "not known", "not recorded", "u", "n/a", "na":
                return null;
            case "y", "yes", "true", "1":
                return Boolean.TRUE;
            case "n", "no", "false", "0":
                return Boolean.FALSE;
            default:
                throw new BadValue("'" + normalise(raw) + "' is not yes or no (expected Y, N, Yes, No or blank)");
        }
    }

    /** A count of zero or more; null when blank or written as not known. */
    static Integer count(String raw) {
        String text = normalise(raw);
        if (text.isEmpty() || NO_VALUE.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
                throw new BadValue("'" + text + "' is not a whole number of zero or more");
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadValue("'" + text + "' is not a number");
        }
    }

    /** Text, trimmed; null when blank. */
    static String text(String raw) {
        String text = normalise(raw);
        return text.isEmpty() ? null : text;
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ')
                .replace("\u200b", "").strip();
    }

    /** Strict, so that 31/02/2024 is rejected rather than read as 29/02/2024; month names in English, any case. */
    private static DateTimeFormatter format(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter twoDigitYear(String dayMonth) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(dayMonth)
                .appendValueReduced(ChronoField.YEAR, 2, 2, TWO_DIGIT_YEAR_BASE)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A cell whose value cannot be read as its column requires. */
    static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadValue(String reason) {
            super(reason);
        }
    }
}
