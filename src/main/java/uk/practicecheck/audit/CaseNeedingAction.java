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
            Comparator.comparing(CaseNeedingAction::pressing, Pressing.MOST_PRESSING_FIRST);

    /** One shortfall: a finding not met, or a rule that failed. */
    public record Item(String ruleId, String ruleTitle, Severity severity, Outcome outcome, String subject,
                       LocalDate dueDate, Long daysOverdue, String message) {
    }

    /**
     * How pressing a case is: all that ranks it among the cases needing action, worked out
     * without the texts of its findings, so that only the cases kept have their texts made.
     */
    record Pressing(long position, Severity severity, long maxDaysOverdue, int shortfalls) {
        static final Comparator<Pressing> MOST_PRESSING_FIRST = Comparator.comparing(Pressing::severity)
                .thenComparing(Comparator.comparingLong(Pressing::maxDaysOverdue).reversed())
                .thenComparing(Comparator.comparingInt(Pressing::shortfalls).reversed())
                .thenComparingLong(Pressing::position);
    }

    Pressing pressing() {
        return new Pressing(position, severity, maxDaysOverdue, items.size());
    }

    /** How pressing the case's shortfalls are, or null when it has none. */
    static Pressing pressing(long position, CaseResult c) {
        int shortfalls = 0;
        Severity worst = Severity.LOW;
        long maxOverdue = 0;
        for (RuleResult r : c.rules()) {
            if (!isShortfall(r.outcome())) {
                continue;
            }
            worst = r.rule().severity().compareTo(worst) < 0 ? r.rule().severity() : worst;
            for (Finding f : r.findings()) {
                if (isShortfall(f.outcome())) {
                    shortfalls++;
                    maxOverdue = Math.max(maxOverdue, f.daysOverdue() == null ? 0 : f.daysOverdue());
                }
            }
        }
        return shortfalls == 0 ? null : new Pressing(position, worst, maxOverdue, shortfalls);
    }

    /** The case's shortfalls, {@code pressing} being how pressing they are (from {@link #pressing(long, CaseResult)}). */
    static CaseNeedingAction of(Pressing pressing, CaseResult c) {
        List<Item> items = new ArrayList<>(pressing.shortfalls());
        for (RuleResult r : c.rules()) {
            if (!isShortfall(r.outcome())) {
                continue;
            }
            for (Finding f : r.findings()) {
                if (isShortfall(f.outcome())) {
                    items.add(new Item(r.rule().id(), r.rule().title(), r.rule().severity(), f.outcome(), f.subject(),
                            f.dueDate(), f.daysOverdue(), f.message()));
                }
            }
        }
        return new CaseNeedingAction(pressing.position(), c.source(), c.caseId(), c.childName(), c.team(), c.worker(),
                pressing.severity(), pressing.maxDaysOverdue(), List.copyOf(items));
    }

    private static boolean isShortfall(Outcome outcome) {
        return outcome == Outcome.NOT_MET || outcome == Outcome.ERROR;
    }
}
