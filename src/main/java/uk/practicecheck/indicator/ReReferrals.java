package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Referral;

/**
 * Referrals received in the period, and of those the ones within {@code within} of an earlier
 * referral (received on an earlier day) of the same child. Where the source holds referrals only from
 * a day on (a census year), a referral with none earlier is judged only when the whole look-back is held.
 */
final class ReReferrals implements Measure {
    private final java.time.Period within;

    ReReferrals(java.time.Period within) {
        this.within = within;
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        if (!c.holds("referrals.received")) {
            // Any child may have been referred: the source cannot say.
            into.notHeld();
            return;
        }
        LocalDate heldFrom = c.heldFrom("referrals.received");
        List<LocalDate> received = c.getReferrals().stream().map(Referral::getReceived).filter(Objects::nonNull).sorted().toList();
        boolean undated = received.size() < c.getReferrals().size();
        if (undated) {
            into.cannotJudge();
        }
        for (LocalDate day : received) {
            if (!period.contains(day)) {
                continue;
            }
            boolean previous = received.stream().anyMatch(earlier -> earlier.isBefore(day) && !earlier.plus(within).isBefore(day));
            if (previous) {
                into.met(1);
            } else if (heldFrom != null && day.minus(within).isBefore(heldFrom)) {
                into.notHeld();
            } else if (!undated) {
                into.notMet();
            }
        }
    }
}
