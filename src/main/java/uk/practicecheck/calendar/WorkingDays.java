package uk.practicecheck.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic: Monday to Friday, less the bank holidays of England and Wales.
 * "Within N working days of D" is due on the Nth working day after D, D itself being day 0.
 */
public final class WorkingDays {
    private final BankHolidays holidays;
    /** The first day of the table below, as an epoch day. */
    private final long tableStart;
    /**
     * For each day of the years the holiday list covers, whether it is a working day: deadlines
     * are worked out for every finding, so the answer is looked up rather than searched for.
     */
    private final boolean[] working;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
        this.tableStart = holidays.firstCovered().toEpochDay();
        this.working = new boolean[(int) (holidays.lastCovered().toEpochDay() - tableStart + 1)];
        for (int i = 0; i < working.length; i++) {
            working[i] = computeIsWorkingDay(LocalDate.ofEpochDay(tableStart + i));
        }
    }

    public static WorkingDays englandAndWales() {
        return new WorkingDays(BankHolidays.englandAndWales());
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day.toEpochDay());
    }

    private boolean isWorkingDay(long epochDay) {
        long index = epochDay - tableStart;
        return index >= 0 && index < working.length ? working[(int) index] : computeIsWorkingDay(LocalDate.ofEpochDay(epochDay));
    }

    private boolean computeIsWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }

    /** The Nth working day after {@code from}; {@code from} itself does not count. */
    public LocalDate plus(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        long day = from.toEpochDay();
        int counted = 0;
        while (counted < workingDays) {
            day++;
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return LocalDate.ofEpochDay(day);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
