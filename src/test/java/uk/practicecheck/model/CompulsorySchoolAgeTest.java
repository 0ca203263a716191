package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompulsorySchoolAgeTest {

    @Test
    void startsOnThePrescribedDayAfterTheFifthBirthday() {
        assertEquals(LocalDate.of(2026, 8, 31), CompulsorySchoolAge.of(LocalDate.of(2021, 5, 10)).start());
        assertEquals(LocalDate.of(2026, 12, 31), CompulsorySchoolAge.of(LocalDate.of(2021, 9, 1)).start());
        assertEquals(LocalDate.of(2027, 3, 31), CompulsorySchoolAge.of(LocalDate.of(2022, 1, 1)).start());
    }

    @Test
    void aFifthBirthdayOnAPrescribedDayStartsThatDay() {
        assertEquals(LocalDate.of(2026, 3, 31), CompulsorySchoolAge.of(LocalDate.of(2021, 3, 31)).start());
    }

    @Test
    void endsOnTheLastFridayInJuneOfTheSchoolYearOfTheSixteenthBirthday() {
        // 16 on 2 February 2026: school year 2025/26, last Friday in June 2026 is the 26th
        assertEquals(LocalDate.of(2026, 6, 26), CompulsorySchoolAge.of(LocalDate.of(2010, 2, 2)).end());
        // 16 on 15 October 2026: school year 2026/27, last Friday in June 2027 is the 25th
        assertEquals(LocalDate.of(2027, 6, 25), CompulsorySchoolAge.of(LocalDate.of(2010, 10, 15)).end());
        // 16 on 20 August 2026: still school year 2025/26, so the leaving date came before the birthday
        assertEquals(LocalDate.of(2026, 6, 26), CompulsorySchoolAge.of(LocalDate.of(2010, 8, 20)).end());
    }

    @Test
    void includesItsFirstAndLastDaysOnly() {
        CompulsorySchoolAge age = CompulsorySchoolAge.of(LocalDate.of(2010, 2, 2));
        assertTrue(age.includes(LocalDate.of(2026, 6, 26)));
        assertFalse(age.includes(LocalDate.of(2026, 6, 27)));
        assertTrue(age.includes(age.start()));
        assertFalse(age.includes(age.start().minusDays(1)));
    }
}
