package uk.practicecheck.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.practicecheck.indicator.Cohort.d;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void theDefaultIsTheTwelveMonthsToTheAsOfDate() {
        assertEquals(new Period(d("2025-11-24"), d("2026-11-23")), Period.yearTo(d("2026-11-23")));
        // To the end of February in a leap year: from 1 March the year before.
        assertEquals(new Period(d("2023-03-01"), d("2024-02-29")), Period.yearTo(d("2024-02-29")));
    }

    @Test
    void aPeriodIsWrittenFromDotDotToAndIncludesBothEnds() {
        Period year = Period.parse("2025-04-01..2026-03-31");
        assertTrue(year.contains(d("2025-04-01")));
        assertTrue(year.contains(d("2026-03-31")));
        assertFalse(year.contains(d("2025-03-31")));
        assertFalse(year.contains(d("2026-04-01")));
        assertFalse(year.contains(null));
    }

    @Test
    void aBadPeriodSaysHowToWriteOne() {
        assertEquals("a period is written FROM..TO, for example 2025-04-01..2026-03-31, not '2025-04-01'",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-04-01")).getMessage());
        assertEquals("a period is written FROM..TO with dates as YYYY-MM-DD, not '2025-04-01..31/03/2026'",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-04-01..31/03/2026")).getMessage());
        assertEquals("the period starts (2026-04-01) after it ends (2026-03-31)",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-04-01..2026-03-31")).getMessage());
    }
}
