package uk.practicecheck.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.engine.Severity;
import uk.practicecheck.io.RecordSource;

/**
 * A case with at least one rule not met (or a rule that failed on it), with just what a
 * manager needs to act on it.
 *
 * @param position       where it stood in the whole input (0-based), which breaks ties
 * @param severity       the most severe rule not met
 * @param maxDaysOverdue the most days overdue among its findings
 * @param items          each shortfall
 */
public record CaseNeedingAction(long position, RecordSource source, String caseId, String childName, String team,
                                String worker, Severity severity, long maxDaysOverdue, List<Item> items) {

    /** Most pressing first: most severe, then most overdue, then most shortfalls, then earliest in the input. */
    public static final Comparator<CaseNeedingAction> MOST_PRESSING_FIRST =
            Comparator.comparing(CaseNeedingAction::severity)
                    .thenComparing(Comparator.comparingLong(CaseNeedingAction::maxDaysOverdue).reversed())
                    .thenComparing(Comparator.comparingInt((CaseNeedingAction c) -> c.items().size()).reversed())
                    .thenComparingLong(CaseNeedingAction::position);

    /** One shortfall: a finding not met, or a rule that failed. */
    public record Item(String ruleId, String ruleTitle, Severity severity, Outcome outcome, String subject,
                       LocalDate dueDate, Long daysOverdue, String message) {
    }

    /** The case's shortfalls, or null when it has none. */
    static CaseNeedingAction of(long position, CaseResult c) {
        List<Item> items = new ArrayList<>();
        Severity worst = Severity.LOW;
        long maxOverdue = 0;
        for (RuleResult r : c.rules()) {
            if (r.outcome() != Outcome.NOT_MET && r.outcome() != Outcome.ERROR) {
                continue;
            }
            worst = r.rule().severity().compareTo(worst) < 0 ? r.rule().severity() : worst;
            for (Finding f : r.findings()) {
                if (f.outcome() == Outcome.NOT_MET || f.outcome() == Outcome.ERROR) {
                    items.add(new Item(r.rule().id(), r.rule().title(), r.rule().severity(), f.outcome(), f.subject(),
                            f.dueDate(), f.daysOverdue(), f.message()));
                    maxOverdue = Math.max(maxOverdue, f.daysOverdue() == null ? 0 : f.daysOverdue());
                }
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        return new CaseNeedingAction(position, c.source(), c.caseId(), c.childName(), c.team(), c.worker(), worst,
                maxOverdue, List.copyOf(items));
    }
}
