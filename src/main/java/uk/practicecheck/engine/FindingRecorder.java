package uk.practicecheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.model.CaseSummary;

/**
 * The one thing rule consequences may touch: DRL sees it as the global {@code findings}.
 * The evaluator tells it which case and rule are current; consequences open {@link Check}s
 * about what they matched; the evaluator then collects the findings, rule by rule.
 */
public final class FindingRecorder {
    private final Map<String, List<Check>> checksByRule = new LinkedHashMap<>();
    private final Map<String, String> errorsByRule = new LinkedHashMap<>();
    private CaseSummary currentCase;
    private LocalDate asOf;
    private String currentRule;

    void startCase(CaseSummary summary, LocalDate asOfDate) {
        checksByRule.clear();
        errorsByRule.clear();
        this.currentCase = summary;
        this.asOf = asOfDate;
        this.currentRule = null;
    }

    void enterRule(String ruleName) {
        this.currentRule = ruleName;
    }

    /** The date the current case is being evaluated as of, for rules whose scope depends on it (such as the child's age). */
    public LocalDate asOf() {
        return asOf;
    }

    /** Opens a finding about one thing in the case, described for a reader. */
    public Check about(String subject) {
        if (currentRule == null) {
            throw new IllegalStateException("findings can only be recorded from a rule consequence");
        }
        Check check = new Check(subject, asOf, currentCase::holds);
        checksByRule.computeIfAbsent(currentRule, k -> new ArrayList<>()).add(check);
        return check;
    }

    void ruleFailed(String ruleName, Throwable error) {
        errorsByRule.putIfAbsent(ruleName, error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    }

    /** Whether the rule recorded anything on the current case: a finding, or a failure. */
    boolean hasFindings(String ruleName) {
        return checksByRule.containsKey(ruleName) || errorsByRule.containsKey(ruleName);
    }

    /**
     * The findings recorded for a rule on the current case, with any failure of the rule itself.
     * Findings with deadlines come in date order, earliest first, whatever order the engine
     * fired them in, so that a timetable (reviews, visits) reads from the start; the rest follow
     * in the order they were recorded.
     */
    List<Finding> findingsFor(String ruleName) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checksByRule.getOrDefault(ruleName, List.of())) {
            findings.add(check.conclude());
        }
        findings.sort(Comparator.comparing(Finding::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        String error = errorsByRule.get(ruleName);
        if (error != null) {
            findings.add(new Finding("the rule itself", Outcome.ERROR,
                    "The rule failed on this case and could not finish: " + error, null, null, null, null, null, List.of()));
        }
        return findings;
    }
}
