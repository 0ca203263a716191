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
 * A case with at least one shortfall (a finding not met, or a rule that failed on it), with just
 * what a manager needs to act on it. Its standing is that of its most actionable shortfall:
 * outstanding duties first, then recent late completions; a case whose shortfalls are all
 * historic is listed apart, for the record.
 *
 * @param position       where it stood in the whole input (0-based), which breaks ties
 * @param standing       the most actionable standing among its shortfalls
 * @param severity       the most severe rule among its shortfalls of that standing
 * @param maxDaysOverdue the most days overdue (or late) among its shortfalls of that standing
 * @param items          each shortfall, the most actionable, severe and overdue first
 */
public record CaseNeedingAction(long position, RecordSource source, String caseId, String childName, String team,
                                String worker, Standing standing, Severity severity, long maxDaysOverdue,
                                List<Item> items) {

    /**
     * Most pressing first: outstanding before recently late before historic; then most severe, most
     * overdue, most shortfalls of that standing; then earliest in the input.
     */
    public static final Comparator<CaseNeedingAction> MOST_PRESSING_FIRST =
            Comparator.comparing(CaseNeedingAction::pressing, Pressing.MOST_PRESSING_FIRST);

    private static final Comparator<Item> ITEM_ORDER = Comparator.comparing(Item::standing)
            .thenComparing(Item::severity)
            .thenComparing(Comparator.comparingLong((Item i) -> i.daysOverdue() == null ? 0 : i.daysOverdue()).reversed())
            .thenComparing(Item::ruleId);

    /**
     * One shortfall: a finding not met, or a rule that failed.
     *
     * @param doneDate when it was done (late or short), or null when it still has not been
     */
    public record Item(String ruleId, String ruleTitle, Severity severity, Outcome outcome, Standing standing,
                       String subject, LocalDate dueDate, LocalDate doneDate, Long daysOverdue, String message) {
    }

    /**
     * How pressing a case is: all that ranks it among the cases needing action, worked out
     * without the texts of its findings, so that only the cases kept have their texts made.
     */
    record Pressing(long position, Standing standing, Severity severity, long maxDaysOverdue, int shortfalls) {
        static final Comparator<Pressing> MOST_PRESSING_FIRST = Comparator.comparing(Pressing::standing)
                .thenComparing(Pressing::severity)
                .thenComparing(Comparator.comparingLong(Pressing::maxDaysOverdue).reversed())
                .thenComparing(Comparator.comparingInt(Pressing::shortfalls).reversed())
                .thenComparingLong(Pressing::position);
    }

    Pressing pressing() {
        int ofStanding = (int) items.stream().filter(i -> i.standing() == standing).count();
        return new Pressing(position, standing, severity, maxDaysOverdue, ofStanding);
    }

    /** How pressing the case's shortfalls are, or null when it has none. */
    static Pressing pressing(long position, CaseResult c, Standings standings) {
        Standing best = null;
        Severity worst = Severity.LOW;
        long maxOverdue = 0;
        int shortfalls = 0;
        for (RuleResult r : c.rules()) {
            if (!isShortfall(r.outcome())) {
                continue;
            }
            for (Finding f : r.findings()) {
                if (!isShortfall(f.outcome())) {
                    continue;
                }
                Standing standing = standings.of(f, r.findings());
                long overdue = f.daysOverdue() == null ? 0 : f.daysOverdue();
                if (best == null || standing.compareTo(best) < 0) {
                    best = standing;
                    worst = r.rule().severity();
                    maxOverdue = overdue;
                    shortfalls = 1;
                } else if (standing == best) {
                    worst = r.rule().severity().compareTo(worst) < 0 ? r.rule().severity() : worst;
                    maxOverdue = Math.max(maxOverdue, overdue);
                    shortfalls++;
                }
            }
        }
        return best == null ? null : new Pressing(position, best, worst, maxOverdue, shortfalls);
    }

    /** The case's shortfalls, {@code pressing} being how pressing they are (from {@link #pressing(long, CaseResult, Standings)}). */
    static CaseNeedingAction of(Pressing pressing, CaseResult c, Standings standings) {
        List<Item> items = new ArrayList<>();
        for (RuleResult r : c.rules()) {
            if (!isShortfall(r.outcome())) {
                continue;
            }
            for (Finding f : r.findings()) {
                if (isShortfall(f.outcome())) {
                    items.add(new Item(r.rule().id(), r.rule().title(), r.rule().severity(), f.outcome(),
                            standings.of(f, r.findings()), f.subject(), f.dueDate(), f.doneDate(), f.daysOverdue(),
                            f.message()));
                }
            }
        }
        items.sort(ITEM_ORDER);
        return new CaseNeedingAction(pressing.position(), c.source(), c.caseId(), c.childName(), c.team(), c.worker(),
                pressing.standing(), pressing.severity(), pressing.maxDaysOverdue(), List.copyOf(items));
    }

    private static boolean isShortfall(Outcome outcome) {
        return outcome == Outcome.NOT_MET || outcome == Outcome.ERROR;
    }
}
