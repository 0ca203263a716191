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
 */
final class FlexibleDateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {
    private static final long serialVersionUID = 1L;

    FlexibleDateTimeDeserializer() {
        super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
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
}
