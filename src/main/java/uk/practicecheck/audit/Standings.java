package uk.practicecheck.audit;

import java.time.LocalDate;
import java.util.List;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.policy.Timescale;

/**
 * Decides where a shortfall stands ({@link Standing}) on the as-of date, with two policy settings:
 * {@value #RECENT} (a late completion that recent is listed after the outstanding duties; older ones
 * are for the record) and {@value #HISTORIC} (a one-off duty missed longer ago than that is for the
 * record; the latest occasion of a recurring duty stays outstanding however old, since the series
 * is still running).
 */
final class Standings {
    static final String RECENT = "report.lateCompletion.recent";
    static final String HISTORIC = "report.missedOneOff.historic";

    private final LocalDate asOf;
    private final Policy policy;
    private final Timescale recent;
    private final Timescale historic;

    Standings(LocalDate asOf, Policy policy) {
        this.asOf = asOf;
        this.policy = policy;
        this.recent = policy.timescale(RECENT);
        this.historic = policy.timescale(HISTORIC);
    }

    /** How far back a late completion counts as recent, in words. */
    String recentWindow() {
        return recent.words();
    }

    /** The standing of {@code shortfall}, a finding not met or failed among {@code ruleFindings}, the rule's findings for the case. */
    Standing of(Finding shortfall, List<Finding> ruleFindings) {
        if (shortfall.outcome() == Outcome.ERROR) {
            return Standing.OUTSTANDING;
        }
        if (shortfall.doneDate() != null) {
            return within(recent, shortfall.doneDate()) ? Standing.RECENTLY_LATE : Standing.FOR_THE_RECORD;
        }
        if (shortfall.dueDate() == null || within(historic, shortfall.dueDate()) || isLatestOfSeries(shortfall, ruleFindings)) {
            return Standing.OUTSTANDING;
        }
        return Standing.FOR_THE_RECORD;
    }

    /** Whether {@code timescale} after {@code date} reaches the as-of date. */
    private boolean within(Timescale timescale, LocalDate date) {
        return !timescale.dueAfter(date, policy.workingDays()).isBefore(asOf);
    }

    /** A recurring duty's latest occasion: the rule judged more than one dated occasion, none due later. */
    private static boolean isLatestOfSeries(Finding shortfall, List<Finding> ruleFindings) {
        int dated = 0;
        for (Finding f : ruleFindings) {
            if (f.dueDate() != null) {
                dated++;
                if (f.dueDate().isAfter(shortfall.dueDate())) {
                    return false;
                }
            }
        }
        return dated > 1;
    }
}
