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
    /** For each day of the table, how many working days the table holds up to and including it (its ordinal). */
    private final int[] workingUpTo;
    /** The table's working days in order, as places in the table: the nth working day is {@code workingDay[n - 1]}. */
    private final int[] workingDay;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
        this.tableStart = holidays.firstCovered().toEpochDay();
        this.working = new boolean[(int) (holidays.lastCovered().toEpochDay() - tableStart + 1)];
        this.workingUpTo = new int[working.length];
        int count = 0;
        for (int i = 0; i < working.length; i++) {
            working[i] = computeIsWorkingDay(LocalDate.ofEpochDay(tableStart + i));
            count += working[i] ? 1 : 0;
            workingUpTo[i] = count;
        }
        this.workingDay = new int[count];
        for (int i = 0, n = 0; i < working.length; i++) {
            if (working[i]) {
                workingDay[n++] = i;
            }
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
        long index = day - tableStart;
        if (workingDays > 0 && index >= 0 && index < working.length) {
            int nth = workingUpTo[(int) index] + workingDays;
            if (nth <= workingDay.length) {
                return LocalDate.ofEpochDay(tableStart + workingDay[nth - 1]);
            }
        }
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
        long fromIndex = from.toEpochDay() - tableStart;
        long toIndex = to.toEpochDay() - tableStart;
        if (fromIndex >= 0 && toIndex < working.length) {
            return workingUpTo[(int) toIndex] - workingUpTo[(int) fromIndex];
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
