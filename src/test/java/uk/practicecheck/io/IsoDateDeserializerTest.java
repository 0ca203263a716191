package uk.practicecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    /** The shared dates are exactly the plausible ones, so the streaming binder need not look at a date again. */
    @Test
    void aSharedDateIsOneACaseRecordCanHold() {
        for (String text : new String[] {"1899-12-31", "1900-01-01", "1950-06-15", "2099-12-31", "2100-01-01", "0001-01-01",
            "9999-12-31", "2026-02-30"}) {
            LocalDate date = IsoDateDeserializer.isoDate(text.toCharArray(), 0);
            LocalDate shared = IsoDateDeserializer.plausibleIsoDate(text.toCharArray(), 0);
            assertEquals(date != null && PlausibleDates.plausible(date) ? date : null, shared, text);
        }
        assertSame(IsoDateDeserializer.plausibleIsoDate("2026-06-01".toCharArray(), 0),
                IsoDateDeserializer.isoDate("2026-06-01".toCharArray(), 0));
    }
}
