package uk.practicecheck.indicator;

import java.time.LocalDate;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.model.CaseSummary;

/**
 * Counts a rule's findings, one an occasion, in the period they fall due, so that the indicator
 * and the rule cannot disagree: met is in the numerator and the denominator, not met in the
 * denominator only, cannot tell and a failure of the rule make the case not judged; occasions not
 * yet due are not counted. An occasion without a due date (the record lacks the date it runs from)
 * cannot be placed in any period, so it makes the case not judged whatever the period. From a source
 * that does not hold every field (an Annex A workbook), cannot tell is counted as not held.
 *
 * <p>A recurring duty's rate needs the case's whole history of that collection over the period
 * (the {@value #HISTORY} setting names it). Where the source holds it only from a later day (an
 * Annex A workbook holds only the latest visit or review), the occasions the rule can judge are only
 * those after the latest record, which are late by construction; counting them would make the rate
 * near 0%, so the case's occasions in the period are counted as not held instead.
 */
final class RuleOccasions implements Measure {
    /** The setting naming the collection (a case-summary path) whose whole period the rate needs. */
    static final String HISTORY = "history";

    private final String ruleId;
    private final String historyPath;

    RuleOccasions(String ruleId, String historyPath) {
        this.ruleId = ruleId;
        this.historyPath = historyPath;
    }

    @Override
    public void count(CaseSummary c, CaseResult result, Period period, CaseCounts into) {
        LocalDate heldFrom = historyPath == null ? null : c.heldFrom(historyPath);
        boolean partial = heldFrom != null && heldFrom.isAfter(period.from());
        for (RuleResult rule : result.rules()) {
            if (rule.rule().id().equals(ruleId)) {
                rule.findings().forEach(finding -> count(c, finding, period, partial, into));
                return;
            }
        }
    }

    private static void count(CaseSummary c, Finding finding, Period period, boolean partial, CaseCounts into) {
        if (partial && finding.outcome() != Outcome.NOT_YET_DUE && finding.outcome() != Outcome.NOT_APPLICABLE
                && (finding.dueDate() == null || period.contains(finding.dueDate()))) {
            into.notHeld();
            return;
        }
        switch (finding.outcome()) {
            case MET, NOT_MET -> {
                if (finding.dueDate() == null) {
                    into.cannotJudge();
                } else if (period.contains(finding.dueDate())) {
                    if (finding.outcome() == Outcome.MET) {
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
