package uk.practicecheck.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.Rejection;

/**
 * One worker thread's running totals. Tallies merge, and everything kept in order (the cases
 * needing action, the duties due soon, the rejections shown) is ordered by input position, so
 * the merged result does not depend on which thread audited which record.
 *
 * <p>Rates count occasions: every finding is one occasion (see {@link OutcomeCounts}).
 */
final class Tally {
    static final String NOT_RECORDED = "not recorded";
    private static final Comparator<PositionedRejection> BY_POSITION = Comparator.comparingLong(PositionedRejection::position);

    /** What a tally keeps and how it judges where shortfalls stand. */
    record Limits(int casesNeedingActionKept, int rejectionsKept, int dueSoonKept, LocalDate dueSoonUntil,
                  Standings standings) {
    }

    private final Limits limits;
    long evaluated;
    long rejected;
    long casesWithWarnings;
    long casesNeedingAction;
    long casesForTheRecord;
    long dueSoon;
    final OutcomeCounts outcomes = new OutcomeCounts();
    final Map<String, OutcomeCounts> byRule = new HashMap<>();
    final Map<String, OutcomeCounts> byRecommendation = new HashMap<>();
    final Map<String, GroupTally> byTeam = new HashMap<>();
    final Map<List<String>, GroupTally> byWorker = new HashMap<>();
    /** The least pressing at the head, to be dropped first. */
    final PriorityQueue<CaseNeedingAction> mostPressing =
            new PriorityQueue<>(CaseNeedingAction.MOST_PRESSING_FIRST.reversed());
    /** Cases whose shortfalls are all historic; the least pressing at the head. */
    final PriorityQueue<CaseNeedingAction> forTheRecord =
            new PriorityQueue<>(CaseNeedingAction.MOST_PRESSING_FIRST.reversed());
    /** The latest due at the head, to be dropped first. */
    final PriorityQueue<DueSoon> soonest = new PriorityQueue<>(DueSoon.SOONEST_FIRST.reversed());
    /** Each recommendation's case-level outcome on the case being added: kept to be reused, case after case. */
    private final Map<String, Outcome> recommendationOutcomes = new HashMap<>();
    /** The latest at the head, to be dropped first. */
    final PriorityQueue<PositionedRejection> firstRejections = new PriorityQueue<>(BY_POSITION.reversed());

    record PositionedRejection(long position, Rejection rejection) {
    }

    Tally(Limits limits) {
        this.limits = limits;
    }

    void addCase(long position, CaseResult c) {
        evaluated++;
        if (!c.warnings().isEmpty()) {
            casesWithWarnings++;
        }
        GroupTally team = byTeam.computeIfAbsent(orNotRecorded(c.team()), name -> new GroupTally(name, null));
        GroupTally worker = byWorker.computeIfAbsent(List.of(orNotRecorded(c.team()), orNotRecorded(c.worker())),
                key -> new GroupTally(key.get(1), key.get(0)));
        recommendationOutcomes.clear();
        boolean notMet = false;
        Outcome caseView = Outcome.NOT_APPLICABLE;
        for (RuleResult r : c.rules()) {
            OutcomeCounts rule = byRule.computeIfAbsent(r.rule().id(), id -> new OutcomeCounts());
            if (r.findings().isEmpty()) {
                addOccasion(Outcome.NOT_APPLICABLE, rule, team, worker);
            }
            for (Finding f : r.findings()) {
                addOccasion(f.outcome(), rule, team, worker);
                if (isDueSoon(f)) {
                    addDueSoon(position, c, r, f, team, worker);
                }
            }
            Outcome ruleView = r.caseOutcome();
            rule.addCase(ruleView);
            caseView = RuleResult.judgedFirst(caseView, ruleView);
            notMet |= r.outcome() == Outcome.NOT_MET || r.outcome() == Outcome.ERROR;
            if (r.outcome() != Outcome.NOT_APPLICABLE) {
                for (String id : r.rule().recommendationIds()) {
                    recommendationOutcomes.merge(id, ruleView, RuleResult::judgedFirst);
                }
            }
        }
        recommendationOutcomes.forEach((id, outcome) -> {
            OutcomeCounts counts = byRecommendation.computeIfAbsent(id, k -> new OutcomeCounts());
            counts.add(outcome);
            counts.addCase(outcome);
        });
        outcomes.addCase(caseView);
        team.results().addCase(caseView);
        worker.results().addCase(caseView);
        team.addCase(notMet);
        worker.addCase(notMet);
        CaseNeedingAction.Pressing pressing = CaseNeedingAction.pressing(position, c, limits.standings());
        if (pressing != null) {
            boolean historic = pressing.standing() == Standing.FOR_THE_RECORD;
            PriorityQueue<CaseNeedingAction> list = historic ? forTheRecord : mostPressing;
            if (historic) {
                casesForTheRecord++;
            } else {
                casesNeedingAction++;
            }
            if (wouldKeep(list, pressing)) {
                keep(list, CaseNeedingAction.of(pressing, c, limits.standings()), limits.casesNeedingActionKept());
            }
        }
    }

    private void addOccasion(Outcome outcome, OutcomeCounts rule, GroupTally team, GroupTally worker) {
        outcomes.add(outcome);
        rule.add(outcome);
        team.results().add(outcome);
        worker.results().add(outcome);
    }

    private boolean isDueSoon(Finding f) {
        return f.outcome() == Outcome.NOT_YET_DUE && f.dueDate() != null && !f.dueDate().isAfter(limits.dueSoonUntil());
    }

    private void addDueSoon(long position, CaseResult c, RuleResult r, Finding f, GroupTally team, GroupTally worker) {
        dueSoon++;
        team.addDueSoon();
        worker.addDueSoon();
        keep(soonest, new DueSoon(position, c.source(), c.caseId(), c.childName(), c.team(), c.worker(), r.rule().id(),
                r.rule().title(), r.rule().severity(), f.subject(), f.dueDate()), limits.dueSoonKept());
    }

    void addRejection(long position, Rejection rejection) {
        rejected++;
        keep(firstRejections, new PositionedRejection(position, rejection), limits.rejectionsKept());
    }

    void merge(Tally other) {
        evaluated += other.evaluated;
        rejected += other.rejected;
        casesWithWarnings += other.casesWithWarnings;
        casesNeedingAction += other.casesNeedingAction;
        casesForTheRecord += other.casesForTheRecord;
        dueSoon += other.dueSoon;
        outcomes.addAll(other.outcomes);
        other.byRule.forEach((id, counts) -> byRule.computeIfAbsent(id, k -> new OutcomeCounts()).addAll(counts));
        other.byRecommendation.forEach((id, counts) ->
                byRecommendation.computeIfAbsent(id, k -> new OutcomeCounts()).addAll(counts));
        other.byTeam.forEach((name, group) -> byTeam.computeIfAbsent(name, k -> new GroupTally(name, null)).merge(group));
        other.byWorker.forEach((key, group) ->
                byWorker.computeIfAbsent(key, k -> new GroupTally(key.get(1), key.get(0))).merge(group));
        other.mostPressing.forEach(c -> keep(mostPressing, c, limits.casesNeedingActionKept()));
        other.forTheRecord.forEach(c -> keep(forTheRecord, c, limits.casesNeedingActionKept()));
        other.soonest.forEach(d -> keep(soonest, d, limits.dueSoonKept()));
        other.firstRejections.forEach(r -> keep(firstRejections, r, limits.rejectionsKept()));
    }

    /** The cases needing action kept, most pressing first. */
    List<CaseNeedingAction> casesNeedingActionInOrder() {
        return inOrder(mostPressing);
    }

    /** The cases kept whose shortfalls are all historic, most pressing first. */
    List<CaseNeedingAction> forTheRecordInOrder() {
        return inOrder(forTheRecord);
    }

    /** The duties due soon kept, as a worklist: by team, worker and due date. */
    List<DueSoon> dueSoonInOrder() {
        List<DueSoon> ordered = new ArrayList<>(soonest);
        ordered.sort(DueSoon.WORKLIST_ORDER);
        return List.copyOf(ordered);
    }

    private static List<CaseNeedingAction> inOrder(PriorityQueue<CaseNeedingAction> queue) {
        List<CaseNeedingAction> ordered = new ArrayList<>(queue);
        ordered.sort(CaseNeedingAction.MOST_PRESSING_FIRST);
        return List.copyOf(ordered);
    }

    /** The rejections kept, in input order. */
    List<Rejection> rejectionsInOrder() {
        return firstRejections.stream().sorted(BY_POSITION).map(PositionedRejection::rejection).toList();
    }

    private boolean wouldKeep(PriorityQueue<CaseNeedingAction> list, CaseNeedingAction.Pressing pressing) {
        int kept = limits.casesNeedingActionKept();
        return kept > 0 && (list.size() < kept
                || CaseNeedingAction.Pressing.MOST_PRESSING_FIRST.compare(pressing, list.peek().pressing()) < 0);
    }

    /** Adds to a queue whose head is the first to drop, keeping at most {@code limit}. */
    private static <T> void keep(PriorityQueue<T> queue, T item, int limit) {
        if (limit <= 0) {
            return;
        }
        if (queue.size() < limit) {
            queue.add(item);
        } else if (queue.comparator().compare(item, queue.peek()) > 0) {
            queue.poll();
            queue.add(item);
        }
    }

    static String orNotRecorded(String value) {
        return StringUtils.isBlank(value) ? NOT_RECORDED : value;
    }
}
