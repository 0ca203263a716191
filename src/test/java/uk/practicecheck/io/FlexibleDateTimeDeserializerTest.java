package uk.practicecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class FlexibleDateTimeDeserializerTest {

    private static LocalDateTime usual(String text) {
        return FlexibleDateTimeDeserializer.usualShape(text.toCharArray(), 0, text.length());
    }

    @Test
    void readsEveryMinuteOfADayAndEverySecondOfAMinuteAsTheStandardParserDoes() {
        for (LocalDateTime minute = LocalDateTime.of(2024, 2, 29, 0, 0); minute.getDayOfMonth() == 29; minute = minute.plusMinutes(1)) {
            String text = minute.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
            assertEquals(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME), usual(text), text);
        }
        for (int second = 0; second < 60; second++) {
            String text = String.format("2026-12-31T23:59:%02d", second);
            assertEquals(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME), usual(text), text);
        }
        assertEquals(LocalDate.of(2026, 6, 1).atStartOfDay(), usual("2026-06-01"));
        assertEquals(LocalDateTime.of(1999, 12, 31, 8, 5),
                FlexibleDateTimeDeserializer.usualShape("x\"1999-12-31T08:05\"".toCharArray(), 2, 16));
    }

    @Test
    void leavesAnythingElseToTheStandardParser() {
        for (String text : new String[] {"2026-06-01t10:00", "2026-06-01 10:00", "2026-06-01T24:00", "2026-06-01T10:60",
            "2026-06-01T10:00:60", "2026-06-01T10-00", "2026-06-01T10:00-00", "2026-06-01T1:000", "2026-02-30T10:00",
            "2026-06-01T10:00:00.5", "2026-06-01T10", "2026-06-01T10:00Z", " 2026-06-01", "2026-06-01T１0:00"}) {
            assertNull(usual(text), text);
        }
    }
}
