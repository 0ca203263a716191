package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a moment written as {@code 2026-03-02T14:30} (seconds optional) or as a date alone,
 * which counts as the start of that day: many extracts record only the date of a return or an
 * interview. A moment outside the years a case record can hold ({@link PlausibleDates}) is refused.
 * The usual shapes, {@code YYYY-MM-DD}, {@code YYYY-MM-DDThh:mm} and {@code YYYY-MM-DDThh:mm:ss}, are read
 * straight from the parser's characters; anything else goes through {@code DateTimeFormatter}, which
 * decides what is accepted.
 */
final class FlexibleDateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {
    private static final long serialVersionUID = 1L;
    private static final int DATE = 10;
    private static final int MINUTES = 16;
    private static final int SECONDS = 19;

    FlexibleDateTimeDeserializer() {
        super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
        }
        LocalDateTime usual = usualShape(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (usual != null && PlausibleDates.plausible(usual.toLocalDate())) {
            return usual;
        }
        String text = parser.getText().strip();
        try {
            LocalDateTime moment = text.length() == 10
                    ? LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay()
                    : LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            if (!PlausibleDates.plausible(moment.toLocalDate())) {
                throw PlausibleDates.implausible(parser, text, LocalDateTime.class);
            }
            return moment;
        } catch (DateTimeParseException e) {
            return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                    "not a date and time (expected YYYY-MM-DD or YYYY-MM-DDThh:mm)");
        }
    }

    /**
     * The moment written as {@code YYYY-MM-DD}, {@code YYYY-MM-DDThh:mm} or {@code YYYY-MM-DDThh:mm:ss}
     * (nothing before or after), or null if it is written any other way or is not a real moment.
     */
    static LocalDateTime usualShape(char[] text, int at, int length) {
        if (length != DATE && length != MINUTES && length != SECONDS) {
            return null;
        }
        LocalDate date = IsoDateDeserializer.isoDate(text, at);
        if (date == null || length == DATE) {
            return date == null ? null : date.atStartOfDay();
        }
        if (text[at + DATE] != 'T' || text[at + 13] != ':' || length == SECONDS && text[at + 16] != ':') {
            return null;
        }
        int hour = IsoDateDeserializer.digits(text, at + 11, 2);
        int minute = IsoDateDeserializer.digits(text, at + 14, 2);
        int second = length == SECONDS ? IsoDateDeserializer.digits(text, at + 17, 2) : 0;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return date.atTime(hour, minute, second);
    }
}
