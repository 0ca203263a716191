package uk.practicecheck.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cells of a return, read into values a reader can keep for every child without a copy a row. */
class ValuesTest {
    @Test
    void aCodeOrADayReadFromManyRowsIsOneObject() {
        assertSame(Values.code("c2"), Values.code(new String(" C2 ")));
        assertSame(Values.date("31/01/2025"), Values.date("2025-01-31"));
        assertEquals(LocalDate.of(1850, 1, 1), Values.date("01/01/1850"), "a date outside the shared years is still read");
    }

    @Test
    void aDateIsReadInEveryFormReturnsAreWrittenIn() {
        LocalDate day = LocalDate.of(2025, 1, 31);
        for (String written : new String[] {"31/01/2025", "31/1/2025", "2025-01-31", " 2025-01-31 ", "2025-01-31T00:00:00",
                "2025-01-31T00:00:00+00:00", "2025-01-31 00:00", "31/01/2025 00:00:00", "2025-01-31Z", "2025-01-31+01:00",
                "2025-01-31-05:00"}) {
            assertEquals(day, Values.date(written), written);
        }
        assertTrue(assertThrows(Values.BadValue.class, () -> Values.date("2025-02-30Z")).getMessage().contains("not a date that exists"));
        assertTrue(assertThrows(Values.BadValue.class, () -> Values.date("31.01.2025")).getMessage()
                .contains("expected dd/mm/yyyy or yyyy-mm-dd"));
    }
}
