package uk.practicecheck.indicator;

import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.model.CaseSummary;

/**
 * Counts a rule's findings, one an occasion, in the period they fall due, so that the indicator
 * and the rule cannot disagree: met is in the numerator and the denominator, not met in the
 * denominator only, cannot tell and a failure of the rule make the case not judged; occasions not
 * yet due are not counted. An occasion without a due date (the record lacks the date it runs from)
 * cannot be placed in any period, so it makes the case not judged whatever the period. From a source
 * that does not hold every field (an Annex A workbook), cannot tell is counted as not held.
 */
final class RuleOccasions implements Measure {
    private final String ruleId;

    RuleOccasions(String ruleId) {
        this.ruleId = ruleId;
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        for (RuleResult rule : result.rules()) {
            if (rule.rule().id().equals(ruleId)) {
                rule.findings().forEach(finding -> count(c, finding, period, into));
                return;
            }
        }
    }

    private static void count(CaseSummary c, Finding finding, Period period, CaseCounts into) {
        switch (finding.outcome()) {
            case MET, NOT_MET -> {
                if (finding.dueDate() == null) {
                    into.cannotJudge();
                } else if (period.contains(finding.dueDate())) {
                    if (finding.outcome() == uk.practicecheck.engine.Outcome.MET) {
                        into.met(1);
                    } else {
                        into.notMet();
                    }
                }
            }
            case CANNOT_TELL -> {
                if (finding.dueDate() == null || period.contains(finding.dueDate())) {
                    if (c.getNotHeld().isEmpty()) {
                        into.cannotJudge();
                    } else {
                        into.notHeld();
                    }
                }
            }
            case ERROR -> into.cannotJudge();
            case NOT_YET_DUE, NOT_APPLICABLE -> {
                // Not counted: nothing was due yet, or there was nothing to judge.
            }
        }
    }
}
