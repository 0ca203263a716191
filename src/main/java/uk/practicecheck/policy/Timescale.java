package uk.practicecheck.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.practicecheck.calendar.WorkingDays;

/**
 * A time allowed for something, with where the number comes from.
 *
 * @param amount      how many units
 * @param unit        the unit
 * @param description what the timescale is for, in a few words
 * @param source      the statutory guidance, regulation or local standard that sets it
 */
public record Timescale(int amount, TimeUnit unit, String description, String source) {

    @JsonCreator
    public Timescale(@JsonProperty("amount") int amount, @JsonProperty("unit") TimeUnit unit,
                     @JsonProperty("description") String description, @JsonProperty("source") String source) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        this.amount = amount;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.description = description;
        this.source = source;
    }

    /** "72 hours", "1 month". */
    public String words() {
        String unitWords = unit.words();
        return amount + " " + (amount == 1 ? unitWords.substring(0, unitWords.length() - 1) : unitWords);
    }

    /**
     * When something is due, counting from {@code from}. Day-based units count whole days from
     * the day of {@code from}; months land on the same day of the month, or the month's last day.
     */
    public LocalDateTime dueAfter(LocalDateTime from, WorkingDays workingDays) {
        return unit == TimeUnit.HOURS ? from.plusHours(amount)
                : dueAfter(from.toLocalDate(), workingDays).atTime(from.toLocalTime());
    }

    /** The day something is due, counting from the start of the day {@code from}: see {@link #dueAfter(LocalDateTime, WorkingDays)}. */
    public LocalDate dueAfter(LocalDate from, WorkingDays workingDays) {
        return switch (unit) {
            case HOURS -> from.atStartOfDay().plusHours(amount).toLocalDate();
            case DAYS -> from.plusDays(amount);
            case WORKING_DAYS -> workingDays.plus(from, amount);
            case WEEKS -> from.plusWeeks(amount);
            case MONTHS -> from.plusMonths(amount);
            case YEARS -> from.plusYears(amount);
        };
    }
}
