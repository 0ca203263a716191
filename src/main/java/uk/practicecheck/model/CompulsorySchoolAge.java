package uk.practicecheck.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * When a child is of compulsory school age in England. It starts on the first prescribed day
 * (31 March, 31 August or 31 December) on or after the fifth birthday (Education Act 1996,
 * section 8(2), and the Education (Start of Compulsory School Age) Order 1998), and ends on the
 * school leaving date, the last Friday in June of the school year (1 September to 31 August) in
 * which the child turns 16 (section 8(3) and the Education (School Leaving Date) Order 1997).
 *
 * @param start the first day of compulsory school age
 * @param end   the last day of compulsory school age
 */
public record CompulsorySchoolAge(LocalDate start, LocalDate end) {
    private static final List<MonthDay> PRESCRIBED_DAYS =
            List.of(MonthDay.of(3, 31), MonthDay.of(8, 31), MonthDay.of(12, 31));

    public static CompulsorySchoolAge of(LocalDate dateOfBirth) {
        return new CompulsorySchoolAge(start(dateOfBirth.plusYears(5)), leavingDate(dateOfBirth.plusYears(16)));
    }

    /** Whether the child is of compulsory school age on {@code day}. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static LocalDate start(LocalDate fifthBirthday) {
        for (int year = fifthBirthday.getYear(); ; year++) {
            for (MonthDay prescribed : PRESCRIBED_DAYS) {
                LocalDate day = prescribed.atYear(year);
                if (!day.isBefore(fifthBirthday)) {
                    return day;
                }
            }
        }
    }

    private static LocalDate leavingDate(LocalDate sixteenthBirthday) {
        int schoolYearEnds = sixteenthBirthday.getMonthValue() >= 9 ? sixteenthBirthday.getYear() + 1 : sixteenthBirthday.getYear();
        return LocalDate.of(schoolYearEnds, 6, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }
}
