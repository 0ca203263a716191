package uk.practicecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateDeserializerTest {

    @Test
    void readsEveryDayOfALeapYearAsTheStandardParserDoes() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            assertEquals(day, IsoDateDeserializer.isoDate(day.toString().toCharArray(), 0));
        }
        assertEquals(LocalDate.of(1999, 12, 31), IsoDateDeserializer.isoDate("x\"1999-12-31\"".toCharArray(), 2));
    }

    @Test
    void leavesAnythingElseToTheStandardParser() {
        for (String text : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026/06/01",
            "2026-6-011", "20260601xx", "２０２６-06-01", " 2026-06-1"}) {
            assertNull(IsoDateDeserializer.isoDate(text.toCharArray(), 0), text);
        }
    }
}
