package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads dates written exactly as {@code YYYY-MM-DD} straight from the parser's characters, and
 * hands anything else to the Java time module's deserializer, so that what is accepted and how
 * a bad date is reported do not change. Dates are most of the values in a case summary, and
 * going through {@code DateTimeFormatter} for each took about a third of the time to read a case.
 * Either way, a date outside the years a case record can hold ({@link PlausibleDates}) is refused.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    private static final int LENGTH = 10;

    IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        LocalDate date = null;
        if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getTextLength() == LENGTH) {
            date = isoDate(parser.getTextCharacters(), parser.getTextOffset());
        }
        if (date == null) {
            date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }
        if (date != null && !PlausibleDates.plausible(date)) {
            throw PlausibleDates.implausible(parser, date, LocalDate.class);
        }
        return date;
    }

    /**
     * Every real date of the years a case record can hold, made when first read: a case holds dozens of
     * dates and a cohort the same few thousand days again and again, so each is made and validated once
     * and shared (a {@code LocalDate} cannot change). Slots are indexed by year, month and day as written,
     * 31 days a month; a slot is set only to the date written there, so threads racing to fill one agree.
     * The years are {@link PlausibleDates}' (it holds whole years), so a date found here is plausible.
     */
    private static final int FIRST_YEAR = PlausibleDates.EARLIEST.getYear();
    private static final int LAST_YEAR = PlausibleDates.LATEST.getYear();
    private static final LocalDate[] KNOWN = new LocalDate[(LAST_YEAR - FIRST_YEAR + 1) * 12 * 31];

    /** The date written at {@code at} as {@code YYYY-MM-DD}, or null if it is not one. */
    static LocalDate isoDate(char[] text, int at) {
        LocalDate held = plausibleIsoDate(text, at);
        if (held != null) {
            return held;
        }
        int year = digits(text, at, 4);
        int month = digits(text, at + 5, 2);
        int day = digits(text, at + 8, 2);
        if (year < 0 || month < 0 || day < 0 || text[at + 4] != '-' || text[at + 7] != '-') {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The date written at {@code at} as {@code YYYY-MM-DD} if it is a real date a case record can hold
     * ({@link PlausibleDates#plausible}), else null: the shared one of that day, without looking at it again.
     */
    static LocalDate plausibleIsoDate(char[] text, int at) {
        int year = digits(text, at, 4);
        int month = digits(text, at + 5, 2);
        int day = digits(text, at + 8, 2);
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 31
                || text[at + 4] != '-' || text[at + 7] != '-') {
            return null;
        }
        int slot = ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
        LocalDate known = KNOWN[slot];
        if (known != null) {
            return known;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            KNOWN[slot] = date;
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written in {@code count} decimal digits at {@code at}, or -1 if they are not all digits. */
    static int digits(char[] text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
