package uk.practicecheck.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionPeriodTest {
    private static final CollectionPeriod YEAR_2025 = new CollectionPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

    @Test
    void aYearIsNamedByTheYearItStartsWrittenAsPeopleWriteIt() {
        for (String written : new String[] {"2025", "2025-26", "2025/26", " 2025 - 26 ", "2025-2026"}) {
            assertEquals(YEAR_2025, CollectionPeriod.parse(written), written);
        }
        assertEquals(new CollectionPeriod(LocalDate.of(1999, 4, 1), LocalDate.of(2000, 3, 31)), CollectionPeriod.parse("1999-00"));
        assertEquals("2025-26", YEAR_2025.label());
        assertEquals(CollectionPeriod.parse("2024"), YEAR_2025.previous());
    }

    @Test
    void anythingElseIsRefusedSayingWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CollectionPeriod.parse("2025-25")).getMessage()
                .contains("2025 is followed by 26 (2025-26)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CollectionPeriod.parse("25-26")).getMessage()
                .contains("give the year it starts, such as 2025 or 2025-26 (1 April 2025 to 31 March 2026)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CollectionPeriod.parse("2199")).getMessage()
                .contains("from 1990 to 2098"));
        assertThrows(IllegalArgumentException.class, () -> CollectionPeriod.parse(""));
        assertThrows(IllegalArgumentException.class, () -> CollectionPeriod.parse("2025-2027"));
    }
}
