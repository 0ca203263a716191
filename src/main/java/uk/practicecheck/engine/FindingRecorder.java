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
    /** Each rule's ordinal (its place in the order results are reported) by its DRL rule name. */
    private final Map<String, Integer> ordinals;
    private final Map<CaseSummary, CaseFindings> byCase = new IdentityHashMap<>();
    private LocalDate asOf;
    private CaseFindings currentCase;
    private int currentRule = -1;
    /** The current rule's checks on the current case, once it has recorded one. */
    private List<Check> currentChecks;

    /**
     * @param ruleNames the DRL names of the rules that may fire, in the order their results are
     *                  reported; a rule is then known by its place in this list, its ordinal
     */
    FindingRecorder(List<String> ruleNames) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < ruleNames.size(); i++) {
            byName.put(ruleNames.get(i), i);
        }
        this.ordinals = Map.copyOf(byName);
    }

    /** What the rules recorded about one case, by rule ordinal. */
    private static final class CaseFindings {
        final Check.RecordedFields recordedFields;
        final List<Check>[] checksByRule;
        final String[] errorsByRule;

        @SuppressWarnings("unchecked")
        CaseFindings(CaseSummary summary, int rules) {
            this.checksByRule = (List<Check>[]) new List<?>[rules];
            this.errorsByRule = new String[rules];
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

    /** The ordinal of the rule with this DRL name. */
    int ordinal(String ruleName) {
        Integer ordinal = ordinals.get(ruleName);
        if (ordinal == null) {
            throw new IllegalStateException("rule '" + ruleName + "' is not in the rule book");
        }
        return ordinal;
    }

    /** Forgets the cases evaluated before and starts a batch evaluated as of {@code asOfDate}. */
    void startBatch(LocalDate asOfDate) {
        byCase.clear();
        this.asOf = asOfDate;
        this.currentCase = null;
        this.currentRule = -1;
        this.currentChecks = null;
    }

    void addCase(CaseSummary summary) {
        byCase.put(summary, new CaseFindings(summary, ordinals.size()));
    }

    /** The rule (by ordinal) about to fire, on the case it matched (null if it matched none of this batch's cases). */
    void enterRule(int ruleOrdinal, CaseSummary matched) {
        this.currentRule = ruleOrdinal;
        this.currentCase = matched == null ? null : byCase.get(matched);
        this.currentChecks = null;
    }

    /** The date the current case is being evaluated as of, for rules whose scope depends on it (such as the child's age). */
    public LocalDate asOf() {
        return asOf;
    }

    /** Opens a finding about one thing in the case, described for a reader. */
    public Check about(String subject) {
        if (currentRule < 0 || currentCase == null) {
            throw new IllegalStateException("findings can only be recorded from a rule consequence about a case");
        }
        if (currentChecks == null) {
            currentChecks = currentCase.checksByRule[currentRule];
            if (currentChecks == null) {
                currentChecks = new ArrayList<>();
                currentCase.checksByRule[currentRule] = currentChecks;
            }
        }
        Check check = new Check(subject, asOf, currentCase.recordedFields);
        currentChecks.add(check);
        return check;
    }

    void ruleFailed(String ruleName, Throwable error) {
        if (currentCase == null) {
            throw new IllegalStateException("rule '" + ruleName + "' failed outside any case", error);
        }
        int rule = ordinal(ruleName);
        if (currentCase.errorsByRule[rule] == null) {
            currentCase.errorsByRule[rule] = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        }
    }

    /**
     * The findings recorded on a case, by rule ordinal: for each rule, its findings with any failure of
     * the rule itself, or null when the rule recorded nothing on the case, neither a finding nor a failure.
     * Findings with deadlines come in date order, earliest first, whatever order the engine
     * fired them in, so that a timetable (reviews, visits) reads from the start; the rest follow
     * in the order they were recorded.
     */
    List<Finding>[] findingsFor(CaseSummary summary) {
        CaseFindings recorded = byCase.get(summary);
        @SuppressWarnings("unchecked")
        List<Finding>[] byRule = (List<Finding>[]) new List<?>[recorded.checksByRule.length];
        for (int rule = 0; rule < byRule.length; rule++) {
            List<Check> checks = recorded.checksByRule[rule];
            String error = recorded.errorsByRule[rule];
            if (checks != null || error != null) {
                byRule[rule] = findings(checks, error);
            }
        }
        return byRule;
    }

    private static List<Finding> findings(List<Check> checks, String error) {
        List<Finding> findings = new ArrayList<>(checks == null ? 1 : checks.size() + 1);
        if (checks != null) {
            for (Check check : checks) {
                findings.add(check.conclude());
            }
            // Timetables record their occasions in date order already; a stable sort of sorted findings changes nothing.
            if (!inDueDateOrder(findings)) {
                findings.sort(BY_DUE_DATE);
            }
        }
        if (error != null) {
            findings.add(new Finding("the rule itself", Outcome.ERROR,
                    "The rule failed on this case and could not finish: " + error, null, null, null, null, null, List.of()));
        }
        return findings;
    }

    private static boolean inDueDateOrder(List<Finding> findings) {
        for (int i = 1; i < findings.size(); i++) {
            if (BY_DUE_DATE.compare(findings.get(i - 1), findings.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }
}
