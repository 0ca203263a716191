package uk.practicecheck.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Formats moments the way the reports show them: the date alone when no time was recorded. */
public final class DateTexts {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DateTexts() {
    }

    /** The day, or "(date not recorded)" for a record without one. */
    public static String of(LocalDate day) {
        return day == null ? "(date not recorded)" : day.toString();
    }

    public static String of(LocalDateTime moment) {
        if (moment == null) {
            return "not recorded";
        }
        if (moment.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return moment.toLocalDate().toString();
        }
        return moment.format(DATE_TIME);
    }
}
