package uk.practicecheck.indicator;

import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.Spell;

/**
 * Child protection plans ending in the period, and of those the ones that lasted at least
 * {@code atLeast}: ended on or after the same date that long after they started.
 */
final class PlanDurations implements Measure {
    private final java.time.Period atLeast;

    PlanDurations(java.time.Period atLeast) {
        this.atLeast = atLeast;
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        if (!c.holds("legalStatuses.start") || !c.holds("legalStatuses.end")) {
            if (c.getLegalStatuses().stream().anyMatch(s -> s.getStatus() == LegalStatusType.CHILD_PROTECTION)) {
                into.notHeld();
            }
            return;
        }
        for (Spell plan : c.getChildProtectionSpells()) {
            if (plan.getEnd() == null || !period.contains(plan.getEnd())) {
                continue;
            }
            if (plan.getEnd().isBefore(plan.getStart().plus(atLeast))) {
                into.notMet();
            } else {
                into.met(1);
            }
        }
        for (LegalStatus status : c.getLegalStatuses()) {
            if (status.getStatus() == LegalStatusType.CHILD_PROTECTION && status.getStart() == null
                    && period.contains(status.getEnd())) {
                into.cannotJudge();
            }
        }
    }
}
