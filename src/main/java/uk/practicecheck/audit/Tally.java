package uk.practicecheck.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.io.Rejection;

/**
 * One worker thread's running totals. Tallies merge, and everything kept in order (the cases
 * needing action, the rejections shown) is ordered by input position, so the merged result does
 * not depend on which thread audited which record.
 */
final class Tally {
    static final String NOT_RECORDED = "not recorded";
    private static final Comparator<PositionedRejection> BY_POSITION = Comparator.comparingLong(PositionedRejection::position);

    private final int casesNeedingActionKept;
    private final int rejectionsKept;
    long evaluated;
    long rejected;
    long casesWithWarnings;
    long casesNeedingAction;
    final OutcomeCounts outcomes = new OutcomeCounts();
    final Map<String, OutcomeCounts> byRule = new HashMap<>();
    final Map<String, OutcomeCounts> byRecommendation = new HashMap<>();
    final Map<String, GroupTally> byTeam = new HashMap<>();
    final Map<List<String>, GroupTally> byWorker = new HashMap<>();
    /** The least pressing at the head, to be dropped first. */
    final PriorityQueue<CaseNeedingAction> mostPressing;
    /** Each recommendation's worst outcome on the case being added: kept to be reused, case after case. */
    private final Map<String, Outcome> recommendationOutcomes = new HashMap<>();
    /** The latest at the head, to be dropped first. */
    final PriorityQueue<PositionedRejection> firstRejections = new PriorityQueue<>(BY_POSITION.reversed());

    record PositionedRejection(long position, Rejection rejection) {
    }

    Tally(int casesNeedingActionKept, int rejectionsKept) {
        this.casesNeedingActionKept = casesNeedingActionKept;
        this.rejectionsKept = rejectionsKept;
        this.mostPressing = new PriorityQueue<>(CaseNeedingAction.MOST_PRESSING_FIRST.reversed());
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
        for (RuleResult r : c.rules()) {
            Outcome outcome = r.outcome();
            outcomes.add(outcome);
            team.results().add(outcome);
            worker.results().add(outcome);
            byRule.computeIfAbsent(r.rule().id(), id -> new OutcomeCounts()).add(outcome);
            notMet |= outcome == Outcome.NOT_MET;
            if (outcome != Outcome.NOT_APPLICABLE) {
                for (String id : r.rule().recommendationIds()) {
                    recommendationOutcomes.merge(id, outcome, Outcome::worse);
                }
            }
        }
        recommendationOutcomes.forEach((id, outcome) ->
                byRecommendation.computeIfAbsent(id, k -> new OutcomeCounts()).add(outcome));
        team.addCase(notMet);
        worker.addCase(notMet);
        CaseNeedingAction.Pressing pressing = CaseNeedingAction.pressing(position, c);
        if (pressing != null) {
            casesNeedingAction++;
            if (wouldKeep(pressing)) {
                keep(mostPressing, CaseNeedingAction.of(pressing, c), casesNeedingActionKept);
            }
        }
    }

    void addRejection(long position, Rejection rejection) {
        rejected++;
        keep(firstRejections, new PositionedRejection(position, rejection), rejectionsKept);
    }

    void merge(Tally other) {
        evaluated += other.evaluated;
        rejected += other.rejected;
        casesWithWarnings += other.casesWithWarnings;
        casesNeedingAction += other.casesNeedingAction;
        outcomes.addAll(other.outcomes);
        other.byRule.forEach((id, counts) -> byRule.computeIfAbsent(id, k -> new OutcomeCounts()).addAll(counts));
        other.byRecommendation.forEach((id, counts) ->
                byRecommendation.computeIfAbsent(id, k -> new OutcomeCounts()).addAll(counts));
        other.byTeam.forEach((name, group) -> byTeam.computeIfAbsent(name, k -> new GroupTally(name, null)).merge(group));
        other.byWorker.forEach((key, group) ->
                byWorker.computeIfAbsent(key, k -> new GroupTally(key.get(1), key.get(0))).merge(group));
        other.mostPressing.forEach(c -> keep(mostPressing, c, casesNeedingActionKept));
        other.firstRejections.forEach(r -> keep(firstRejections, r, rejectionsKept));
    }

    /** The cases needing action kept, most pressing first. */
    List<CaseNeedingAction> casesNeedingActionInOrder() {
        List<CaseNeedingAction> ordered = new ArrayList<>(mostPressing);
        ordered.sort(CaseNeedingAction.MOST_PRESSING_FIRST);
        return ordered;
    }

    /** The rejections kept, in input order. */
    List<Rejection> rejectionsInOrder() {
        return firstRejections.stream().sorted(BY_POSITION).map(PositionedRejection::rejection).toList();
    }

    private boolean wouldKeep(CaseNeedingAction.Pressing pressing) {
        return casesNeedingActionKept > 0 && (mostPressing.size() < casesNeedingActionKept
                || CaseNeedingAction.Pressing.MOST_PRESSING_FIRST.compare(pressing, mostPressing.peek().pressing()) < 0);
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
