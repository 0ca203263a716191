package uk.practicecheck.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
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
    private CaseSummary currentSummary;
    private CaseFindings currentCase;
    private int currentRule = -1;

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

    /**
     * What the rules recorded about one case, by rule ordinal: each rule's checks are chained
     * ({@link Check#next}) from the first to the last recorded, so that recording one makes no list.
     */
    private static final class CaseFindings {
        final Check.RecordedFields recordedFields;
        final Check[] firstByRule;
        final Check[] lastByRule;
        final String[] errorsByRule;

        CaseFindings(CaseSummary summary, int rules) {
            this.firstByRule = new Check[rules];
            this.lastByRule = new Check[rules];
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
        this.currentSummary = null;
        this.currentCase = null;
        this.currentRule = -1;
    }

    void addCase(CaseSummary summary) {
        byCase.put(summary, new CaseFindings(summary, ordinals.size()));
    }

    /** The rule (by ordinal) about to fire, on the case it matched (null if it matched none of this batch's cases). */
    void enterRule(int ruleOrdinal, CaseSummary matched) {
        this.currentRule = ruleOrdinal;
        // A rule's matches on one case usually fire one after another: look the case up only when it changes.
        if (matched != currentSummary || matched == null) {
            this.currentSummary = matched;
            this.currentCase = matched == null ? null : byCase.get(matched);
        }
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
        Check check = new Check(subject, asOf, currentCase.recordedFields);
        Check last = currentCase.lastByRule[currentRule];
        if (last == null) {
            currentCase.firstByRule[currentRule] = check;
        } else {
            last.next = check;
        }
        currentCase.lastByRule[currentRule] = check;
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
     * in the order they were recorded. The lists are read-only.
     */
    List<Finding>[] findingsFor(CaseSummary summary) {
        CaseFindings recorded = byCase.get(summary);
        @SuppressWarnings("unchecked")
        List<Finding>[] byRule = (List<Finding>[]) new List<?>[recorded.firstByRule.length];
        for (int rule = 0; rule < byRule.length; rule++) {
            Check first = recorded.firstByRule[rule];
            String error = recorded.errorsByRule[rule];
            if (first != null || error != null) {
                byRule[rule] = findings(first, error);
            }
        }
        return byRule;
    }

    private static List<Finding> findings(Check first, String error) {
        int checks = 0;
        for (Check check = first; check != null; check = check.next) {
            checks++;
        }
        Finding[] findings = new Finding[error == null ? checks : checks + 1];
        int i = 0;
        for (Check check = first; check != null; check = check.next) {
            findings[i++] = check.conclude();
        }
        // Timetables record their occasions in date order already; a stable sort of sorted findings changes nothing.
        if (!inDueDateOrder(findings, checks)) {
            Arrays.sort(findings, 0, checks, BY_DUE_DATE);
        }
        if (error != null) {
            findings[checks] = new Finding("the rule itself", Outcome.ERROR,
                    "The rule failed on this case and could not finish: " + error, null, null, null, null, null, List.of());
        }
        // Most rules find one or two things in a case: List.of holds those without an array.
        return findings.length <= 2 ? List.of(findings) : Collections.unmodifiableList(Arrays.asList(findings));
    }

    private static boolean inDueDateOrder(Finding[] findings, int count) {
        for (int i = 1; i < count; i++) {
            if (BY_DUE_DATE.compare(findings[i - 1], findings[i]) > 0) {
                return false;
            }
        }
        return true;
    }
}
