package uk.practicecheck.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a statutory return: dates in the return's own form ({@code 31/01/2025} in
 * the SSDA903 CSV tables, {@code 2025-01-31} in XML), codes and yes/no flags.
 */
public final class Values {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** An XML Schema date: {@code 2025-01-31}, perhaps with a time zone ({@code Z}, {@code +01:00}) as some systems write it. */
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern UK_FORM = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Map<LocalDate, LocalDate> DAYS = new ConcurrentHashMap<>();

    private Values() {
    }

    /** A value that cannot be read; its message says why, in words. */
    public static final class BadValue extends RuntimeException {
        public BadValue(String message) {
            super(message);
        }
    }

    /** Trimmed text, or null when blank. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * A code in upper case, or null when blank: one shared string for each code, since a reader keeps
     * the codes of every child of a return until all its tables are read.
     */
    public static String code(String raw) {
        String text = text(raw);
        return text == null ? null : text.toUpperCase(Locale.ROOT).intern();
    }

    /**
     * A date written {@code dd/mm/yyyy} or {@code yyyy-mm-dd} (with or without a time zone), with or
     * without a time after it; null when blank. Impossible dates such as 31/02/2025 are refused, not rolled over.
     */
    public static LocalDate date(String raw) {
        String text = text(raw);
        if (text == null) {
            return null;
        }
        String day = text.split("[ T]", 2)[0];
        try {
            Matcher iso = ISO.matcher(day);
            if (iso.matches()) {
                return shared(LocalDate.parse(iso.group(1)));
            }
            if (UK_FORM.matcher(day).matches()) {
                return shared(LocalDate.parse(day, UK));
            }
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + text + "' is not a date that exists");
        }
        throw new BadValue("'" + text + "' is not a date (expected dd/mm/yyyy or yyyy-mm-dd)");
    }

    /**
     * One instance a day, for the same reason as {@link #code}: the days of 1900 to 2099 at most
     * (73,000, a few megabytes); a date outside them is not shared.
     */
    private static LocalDate shared(LocalDate date) {
        return date.getYear() < 1900 || date.getYear() > 2099 ? date : DAYS.computeIfAbsent(date, d -> d);
    }

    /** A flag written 1/0, true/false, Y/N or yes/no; null when blank. */
    public static Boolean flag(String raw) {
        String text = code(raw);
        if (text == null) {
            return null;
        }
        switch (text) {
            case "1", "TRUE", "Y", "YES":
                return Boolean.TRUE;
            case "0", "FALSE", "N", "NO":
                return Boolean.FALSE;
            default:
                throw new BadValue("'" + raw.strip() + "' is not a yes or no (expected 1 or 0, true or false)");
        }
    }

    /**
     * The collection year a date falls in: returns run from 1 April to 31 March, so this is the
     * 31 March on or after the date.
     */
    public static LocalDate collectionYearEnd(LocalDate date) {
        LocalDate end = LocalDate.of(date.getYear(), 3, 31);
        return date.isAfter(end) ? end.plusYears(1) : end;
    }
}
