package uk.practicecheck.indicator;

import java.util.List;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.Spell;

/**
 * Child protection plans starting in the period, and of those the ones for a child on a plan before.
 * Where the source holds legal statuses only from a day on, a child's first plan in it may not be their
 * first: it is not held, not a first plan.
 */
final class RepeatPlans implements Measure {

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        if (!c.holds("legalStatuses.start")) {
            if (c.getLegalStatuses().stream().anyMatch(s -> s.getStatus() == LegalStatusType.CHILD_PROTECTION)) {
                into.notHeld();
            }
            return;
        }
        boolean partial = c.heldFrom("legalStatuses.start") != null;
        boolean undated = c.getLegalStatuses().stream()
                .anyMatch(s -> s.getStatus() == LegalStatusType.CHILD_PROTECTION && s.getStart() == null);
        List<Spell> plans = c.getChildProtectionSpells();
        for (int i = 0; i < plans.size(); i++) {
            if (!period.contains(plans.get(i).getStart())) {
                continue;
            }
            if (i > 0) {
                into.met(1);
            } else if (partial) {
                into.notHeld();
            } else if (undated) {
                into.cannotJudge();
            } else {
                into.notMet();
            }
        }
    }
}
