package uk.practicecheck.history;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.practicecheck.engine.Outcome;

/** Shared wording of the history's outputs. */
final class HistoryTexts {
    static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private HistoryTexts() {
    }

    static String percent(Double rate) {
        return rate == null ? "-" : String.format(Locale.UK, "%.1f%%", rate * 100);
    }

    /** A change of rate in percentage points, signed ("+3.2 points"), or "-" when unknown. */
    static String points(Double change) {
        if (change == null) {
            return "-";
        }
        double points = change * 100;
        return Math.abs(points) < 0.05 ? "0.0 points" : String.format(Locale.UK, "%+.1f points", points);
    }

    static String words(Outcome outcome) {
        return outcome == null ? "not assessed" : outcome.words();
    }

    static String overdue(Long days) {
        return days == null ? "" : String.format(Locale.UK, "%,d day%s overdue", days, days == 1 ? "" : "s");
    }

    static String period(RecordedRun run) {
        return run.periodStart() == null ? "" : run.periodStart() + " to " + run.periodEnd();
    }
}
