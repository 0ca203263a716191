package uk.practicecheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.model.CaseSummary;

/**
 * The one thing rule consequences may touch: DRL sees it as the global {@code findings}.
 * The evaluator tells it which cases are in the session and, before each consequence, which
 * rule is firing on which case; consequences open {@link Check}s about what they matched; the
 * evaluator then collects the findings, case by case and rule by rule.
 */
public final class FindingRecorder {
    private static final Comparator<Finding> BY_DUE_DATE =
            Comparator.comparing(Finding::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));
    private final Map<CaseSummary, CaseFindings> byCase = new IdentityHashMap<>();
    private LocalDate asOf;
    private CaseFindings currentCase;
    private String currentRule;
    /** The current rule's checks on the current case, once it has recorded one. */
    private List<Check> currentChecks;

    /** What the rules recorded about one case. */
    private static final class CaseFindings {
        final Check.RecordedFields recordedFields;
        final Map<String, List<Check>> checksByRule = new HashMap<>();
        final Map<String, String> errorsByRule = new HashMap<>();

        CaseFindings(CaseSummary summary) {
            this.recordedFields = new Check.RecordedFields() {
                @Override
                public boolean holds(String field) {
                    return summary.holds(field);
                }

                @Override
                public LocalDate heldFrom(String field) {
                    return summary.heldFrom(field);
                }
            };
        }
    }

    /** Forgets the cases evaluated before and starts a batch evaluated as of {@code asOfDate}. */
    void startBatch(LocalDate asOfDate) {
        byCase.clear();
        this.asOf = asOfDate;
        this.currentCase = null;
        this.currentRule = null;
        this.currentChecks = null;
    }

    void addCase(CaseSummary summary) {
        byCase.put(summary, new CaseFindings(summary));
    }

    /** The rule about to fire, on the case it matched (null if it matched none of this batch's cases). */
    void enterRule(String ruleName, CaseSummary matched) {
        this.currentRule = ruleName;
        this.currentCase = matched == null ? null : byCase.get(matched);
        this.currentChecks = null;
    }

    /** The date the current case is being evaluated as of, for rules whose scope depends on it (such as the child's age). */
    public LocalDate asOf() {
        return asOf;
    }

    /** Opens a finding about one thing in the case, described for a reader. */
    public Check about(String subject) {
        if (currentRule == null || currentCase == null) {
            throw new IllegalStateException("findings can only be recorded from a rule consequence about a case");
        }
        if (currentChecks == null) {
            currentChecks = currentCase.checksByRule.computeIfAbsent(currentRule, k -> new ArrayList<>());
        }
        Check check = new Check(subject, asOf, currentCase.recordedFields);
        currentChecks.add(check);
        return check;
    }

    void ruleFailed(String ruleName, Throwable error) {
        if (currentCase == null) {
            throw new IllegalStateException("rule '" + ruleName + "' failed outside any case", error);
        }
        currentCase.errorsByRule.putIfAbsent(ruleName, error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    }

    /** Whether the rule recorded anything on the case: a finding, or a failure. */
    boolean hasFindings(CaseSummary summary, String ruleName) {
        CaseFindings recorded = byCase.get(summary);
        return recorded.checksByRule.containsKey(ruleName) || recorded.errorsByRule.containsKey(ruleName);
    }

    /**
     * The findings recorded for a rule on a case, with any failure of the rule itself.
     * Findings with deadlines come in date order, earliest first, whatever order the engine
     * fired them in, so that a timetable (reviews, visits) reads from the start; the rest follow
     * in the order they were recorded.
     */
    List<Finding> findingsFor(CaseSummary summary, String ruleName) {
        CaseFindings recorded = byCase.get(summary);
        List<Finding> findings = new ArrayList<>();
        for (Check check : recorded.checksByRule.getOrDefault(ruleName, List.of())) {
            findings.add(check.conclude());
        }
        findings.sort(BY_DUE_DATE);
        String error = recorded.errorsByRule.get(ruleName);
        if (error != null) {
            findings.add(new Finding("the rule itself", Outcome.ERROR,
                    "The rule failed on this case and could not finish: " + error, null, null, null, null, null, List.of()));
        }
        return findings;
    }
}
