package uk.practicecheck.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
