package uk.practicecheck.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {
    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    @ParameterizedTest
    @ValueSource(strings = {
        // Christmas and New Year, with the substitute days when they fall at a weekend
        "2020-12-25", "2020-12-28", "2021-01-01",
        "2021-12-27", "2021-12-28", "2022-01-03",
        "2022-12-26", "2022-12-27", "2023-01-02",
        // Easter
        "2024-03-29", "2024-04-01", "2025-04-18", "2025-04-21",
        // one-off and moved holidays
        "2011-04-29", "2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"})
    void bankHolidaysAreNotWorkingDays(String day) {
        assertFalse(workingDays.isWorkingDay(LocalDate.parse(day)), day);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2020-12-24", "2020-12-29", "2020-12-31", "2021-12-29", "2022-12-28",
        "2024-03-28", "2024-04-02", "2025-04-17", "2025-04-22",
        // the usual Mondays that a one-off holiday replaced
        "2012-05-28", "2020-05-04", "2022-05-30"})
    void ordinaryWeekdaysAroundThemAreWorkingDays(String day) {
        assertTrue(workingDays.isWorkingDay(LocalDate.parse(day)), day);
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 11, 21)));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 11, 22)));
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 11, 23)));
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
        // D itself is day 0
        "2026-11-23, 0, 2026-11-23",
        "2026-11-23, 1, 2026-11-24",
        "2026-11-20, 1, 2026-11-23",
        "2026-11-21, 1, 2026-11-23",
        "2026-11-13, 10, 2026-11-27",
        // across Christmas and New Year
        "2020-12-24, 1, 2020-12-29",
        "2020-12-24, 4, 2021-01-04",
        "2021-12-24, 1, 2021-12-29",
        "2021-12-31, 1, 2022-01-04",
        "2022-12-23, 1, 2022-12-28",
        "2022-12-30, 1, 2023-01-03",
        // across Easter (and, in 2025, the early May bank holiday on 5 May)
        "2024-03-28, 1, 2024-04-02",
        "2025-04-17, 1, 2025-04-22",
        "2025-04-17, 10, 2025-05-06",
        // across one-off holidays
        "2011-04-28, 1, 2011-05-03",
        "2012-06-01, 1, 2012-06-06",
        "2020-05-07, 1, 2020-05-11",
        "2022-06-01, 1, 2022-06-06",
        "2022-09-16, 1, 2022-09-20",
        "2023-05-05, 1, 2023-05-09"})
    void plusCountsWorkingDaysAfterTheStartDay(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, workingDays.plus(from, days));
    }

    @ParameterizedTest(name = "working days from {0} to {1}: {2}")
    @CsvSource({
        "2026-11-23, 2026-11-23, 0",
        "2026-11-23, 2026-11-24, 1",
        "2026-11-20, 2026-11-23, 1",
        "2026-11-21, 2026-11-22, 0",
        "2020-12-24, 2021-01-04, 4",
        "2021-01-04, 2020-12-24, -4",
        "2022-05-31, 2022-06-06, 2",
        "2025-04-17, 2025-05-06, 10"})
    void betweenCountsWorkingDaysAfterTheFirstUpToAndIncludingTheSecond(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, workingDays.between(from, to));
    }

    @Test
    void betweenUndoesPlus() {
        LocalDate from = LocalDate.of(2022, 12, 20);
        for (int n = 0; n <= 30; n++) {
            assertEquals(n, workingDays.between(from, workingDays.plus(from, n)), "n=" + n);
        }
    }

    /**
     * plus and between look days up in precomputed tables over the years the holiday list covers:
     * day by day counting must give the same answers, from before the tables start to after they end.
     */
    @Test
    void plusAndBetweenAgreeWithCountingDayByDayInsideAndAcrossTheEdgesOfTheCoveredYears() {
        BankHolidays holidays = BankHolidays.englandAndWales();
        for (LocalDate edge : List.of(holidays.firstCovered(), holidays.lastCovered())) {
            for (LocalDate from = edge.minusDays(40); from.isBefore(edge.plusDays(40)); from = from.plusDays(1)) {
                for (int n = 0; n <= 25; n++) {
                    LocalDate expected = from;
                    for (int counted = 0; counted < n; ) {
                        expected = expected.plusDays(1);
                        counted += workingDays.isWorkingDay(expected) ? 1 : 0;
                    }
                    assertEquals(expected, workingDays.plus(from, n), n + " working days after " + from);
                    assertEquals(n, workingDays.between(from, expected), "from " + from + " to " + expected);
                    assertEquals(countDayByDay(from, expected.plusDays(3)), workingDays.between(from, expected.plusDays(3)));
                }
            }
        }
        LocalDate from = holidays.firstCovered().plusDays(10);
        for (LocalDate to = from; to.isBefore(holidays.lastCovered().plusDays(20)); to = to.plusDays(97)) {
            assertEquals(countDayByDay(from, to), workingDays.between(from, to), "from " + from + " to " + to);
        }
    }

    private int countDayByDay(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += workingDays.isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> workingDays.plus(LocalDate.of(2026, 1, 5), -1));
    }
}
