package uk.practicecheck.audit;

import java.time.LocalDate;
import java.util.Comparator;
import uk.practicecheck.engine.Severity;
import uk.practicecheck.io.RecordSource;

/**
 * A duty falling due soon (not yet due, due within the worklist's window): what, for which child,
 * due when, so that managers can plan supervision.
 *
 * @param position where the case stood in the whole input (0-based), which breaks ties
 * @param subject  the occasion, e.g. "looked-after review 3 (looked after from 2025-06-16)"
 */
public record DueSoon(long position, RecordSource source, String caseId, String childName, String team, String worker,
                      String ruleId, String ruleTitle, Severity severity, String subject, LocalDate dueDate) {

    /** By team, then worker, then the earliest due, then input order and rule: the order a worklist is read in. */
    public static final Comparator<DueSoon> WORKLIST_ORDER = Comparator
            .comparing((DueSoon d) -> Tally.orNotRecorded(d.team()))
            .thenComparing(d -> Tally.orNotRecorded(d.worker()))
            .thenComparing(DueSoon::dueDate)
            .thenComparingLong(DueSoon::position)
            .thenComparing(DueSoon::ruleId)
            .thenComparing(DueSoon::subject);

    /** Which to keep when there are more than the limit: the earliest due, then input order. */
    static final Comparator<DueSoon> SOONEST_FIRST = Comparator.comparing(DueSoon::dueDate)
            .thenComparingLong(DueSoon::position)
            .thenComparing(DueSoon::ruleId)
            .thenComparing(DueSoon::subject);
}
