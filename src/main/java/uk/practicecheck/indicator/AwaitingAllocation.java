package uk.practicecheck.indicator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Referral;

/**
 * Children whose latest referral on or before the last day of the period needed a social worker,
 * and of those the ones with none allocated by that day and the case not closed since the referral.
 */
final class AwaitingAllocation implements Measure {

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        LocalDate day = period.to();
        if (!c.holds("referrals.received")) {
            // Any child may have been referred: the source cannot say.
            into.notHeld();
            return;
        }
        Optional<Referral> latest = c.getReferrals().stream()
                .filter(r -> r.getReceived() != null && !r.getReceived().isAfter(day))
                .max(Comparator.comparing(Referral::getReceived));
        if (latest.isEmpty()) {
            return;
        }
        if (!c.holds("referrals.allocated")) {
            into.notHeld();
            return;
        }
        Referral referral = latest.get();
        boolean allocated = referral.getAllocated() != null && !referral.getAllocated().isAfter(day);
        boolean closed = c.getClosures().stream().anyMatch(x -> x.getDate() != null
                && !x.getDate().isBefore(referral.getReceived()) && !x.getDate().isAfter(day));
        Boolean needed = referral.needsSocialWorker();
        boolean waiting = !allocated && !closed;
        if (Boolean.TRUE.equals(needed)) {
            if (waiting) {
                into.met(1);
            } else {
                into.notMet();
            }
        } else if (needed == null && waiting) {
            into.cannotJudge();
        }
    }
}
