package uk.practicecheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;
import uk.practicecheck.model.Labels;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.model.AsOfView;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.policy.Policy;

/**
 * Runs the rule book over cases, one or a batch at a time, as of a date. It keeps one Drools
 * session and reuses it from batch to batch, so an evaluator belongs to one thread; make one per thread.
 */
public final class CaseEvaluator implements AutoCloseable {
    static final String FINDINGS_GLOBAL = "findings";
    static final String POLICY_GLOBAL = "policy";

    private final RuleBook ruleBook;
    private final Policy policy;
    /** The rules in the order results are reported (by rule id); a rule's place here is its ordinal. */
    private final RuleInfo[] rules;
    /** The result of each rule (by ordinal) on a case it found nothing in; the same every time, so made once. */
    private final RuleResult[] notApplicable;
    private final FindingRecorder recorder;
    private KieSession session;

    public CaseEvaluator(RuleBook ruleBook, Policy policy) {
        this.ruleBook = ruleBook;
        this.policy = policy;
        List<Map.Entry<String, RuleInfo>> rulesById = ruleBook.rulesByName().entrySet().stream()
                .sorted(Comparator.comparing(rule -> rule.getValue().id())).toList();
        this.rules = rulesById.stream().map(Map.Entry::getValue).toArray(RuleInfo[]::new);
        this.notApplicable = rulesById.stream().map(rule -> RuleResult.of(rule.getValue(), List.of())).toArray(RuleResult[]::new);
        this.recorder = new FindingRecorder(rulesById.stream().map(Map.Entry::getKey).toList());
        this.session = newSession();
    }

    /**
     * Evaluates one case. The case is first restricted to what was known on {@code asOf}
     * (in place: the caller's object is changed).
     *
     * @throws EvaluationException if the rule engine fails outside a rule consequence
     */
    public CaseResult evaluate(CaseSummary summary, LocalDate asOf, RecordSource source, List<String> warnings) {
        CaseEvaluation evaluation = evaluateAll(List.of(new ParsedCase(source, summary, warnings)), asOf).get(0);
        if (evaluation instanceof CaseEvaluation.Failed failed) {
            throw new EvaluationException(failed.reason(), failed.cause());
        }
        return ((CaseEvaluation.Done) evaluation).result();
    }

    /**
     * Evaluates cases together, as of one date, in one pass of the rule engine: the engine
     * evaluates each rule once for all of them, which costs far less than once per case. Each
     * case is first restricted to what was known on {@code asOf} (in place). Should the engine
     * fail outside a rule consequence, the cases are evaluated again one by one, so that only
     * the case it fails on is lost.
     *
     * @return one evaluation per case, in the same order
     */
    public List<CaseEvaluation> evaluateAll(List<ParsedCase> cases, LocalDate asOf) {
        recorder.startBatch(asOf);
        List<FactHandle> handles = new ArrayList<>(cases.size());
        try {
            for (ParsedCase parsed : cases) {
                AsOfView.restrict(parsed.summary(), asOf);
                recorder.addCase(parsed.summary());
                handles.add(session.insert(parsed.summary()));
            }
            session.fireAllRules();
            handles.forEach(session::delete);
        } catch (RuntimeException e) {
            session.dispose();
            session = newSession();
            if (cases.size() > 1) {
                return cases.stream().map(one -> evaluateAll(List.of(one), asOf).get(0)).toList();
            }
            return List.of(new CaseEvaluation.Failed(cases.get(0).source(),
                    "the rules could not be evaluated on this case: " + e.getMessage(), e));
        }
        List<CaseEvaluation> evaluations = new ArrayList<>(cases.size());
        for (ParsedCase parsed : cases) {
            evaluations.add(new CaseEvaluation.Done(results(parsed)));
        }
        return evaluations;
    }

    private CaseResult results(ParsedCase parsed) {
        CaseSummary summary = parsed.summary();
        RuleResult[] results = new RuleResult[rules.length];
        List<Finding>[] findingsByRule = recorder.findingsFor(summary);
        for (int rule = 0; rule < rules.length; rule++) {
            List<Finding> findings = findingsByRule[rule];
            if (findings != null) {
                // The recorder made this read-only list for this result alone.
                results[rule] = RuleResult.ofOwned(rules[rule], findings);
            } else {
                List<Finding> unjudgeable = unjudgeable(rules[rule], summary);
                results[rule] = unjudgeable.isEmpty() ? notApplicable[rule] : RuleResult.of(rules[rule], unjudgeable);
            }
        }
        return new CaseResult(parsed.source(), summary.getCaseId(), summary.getChildName(), summary.getTeam(),
                summary.getWorker(), List.copyOf(parsed.warnings()), Collections.unmodifiableList(Arrays.asList(results)));
    }

    /**
     * A rule that found nothing to judge would be "not applicable"; but when the source does not
     * hold the very collection the rule judges (Annex A, say, holds counts of missing episodes, not
     * the episodes), finding nothing proves nothing, and for a child the duty applies to (the rule's
     * population) the honest answer is "cannot tell". Whether it applies is decided first: a child
     * outside the population is "not applicable", whatever the source holds.
     */
    private static List<Finding> unjudgeable(RuleInfo rule, CaseSummary summary) {
        List<String> judges = rule.judges();
        // Asked of every rule that found nothing, on every case: indexed, without an iterator.
        for (int i = 0; i < judges.size(); i++) {
            String path = judges.get(i);
            if (!summary.holds(path)) {
                // Whether the rule applies is asked only now: most sources hold everything a rule judges.
                return !rule.appliesTo(summary) ? List.of() : List.of(new Finding("the record", Outcome.CANNOT_TELL,
                        "Cannot tell whether this applies: the record does not hold " + Labels.field(path) + ".",
                        null, null, null, null, null, List.of()));
            }
        }
        return List.of();
    }

    private KieSession newSession() {
        KieSession created = ruleBook.kieBase().newKieSession();
        for (KiePackage kiePackage : ruleBook.kieBase().getKiePackages()) {
            for (Global global : kiePackage.getGlobalVariables()) {
                switch (global.getName()) {
                    case FINDINGS_GLOBAL -> created.setGlobal(FINDINGS_GLOBAL, recorder);
                    case POLICY_GLOBAL -> created.setGlobal(POLICY_GLOBAL, policy);
                    default -> throw new IllegalStateException("unknown global '" + global.getName()
                            + "': rules may use only 'findings' and 'policy'");
                }
            }
        }
        // Told of each match just before its consequence, with no event object made per firing (as an agenda listener would).
        ((RuleEventManager) created).addEventListener(new RuleEventListener() {
            /** The engine fires a rule's matches one after another, so the last rule's ordinal is usually this one's. */
            private Rule lastRule;
            private int lastOrdinal;

            @Override
            public void onBeforeMatchFire(Match match) {
                Rule rule = match.getRule();
                if (rule != lastRule) {
                    lastOrdinal = recorder.ordinal(rule.getName());
                    lastRule = rule;
                }
                recorder.enterRule(lastOrdinal, matchedCase((InternalMatch) match));
            }
        });
        return created;
    }

    /**
     * The case a rule matched: every rule's first condition is the case, bound to {@code $case}
     * ({@link CaseScope}), so it is the fact at the root of the match's tuple.
     */
    private static CaseSummary matchedCase(InternalMatch match) {
        return (CaseSummary) match.getTuple().getRootTuple().getFactHandle().getObject();
    }

    @Override
    public void close() {
        session.dispose();
    }

    /** The engine failed on a case in a way no single rule could be blamed for. */
    public static final class EvaluationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EvaluationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
