package uk.practicecheck.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Holds every rule to one case at a time. The evaluator puts a batch of cases in one session,
 * so a rule may match facts in working memory only through its one case pattern,
 * {@code $case : CaseSummary()}, first in its conditions (so the case is the root of every match,
 * which is how the evaluator tells whose findings a firing records), and must reach everything else with
 * {@code from}; a second working-memory pattern (or one inside {@code not}, {@code exists} or
 * {@code accumulate}) would join one case with another.
 */
final class CaseScope {
    private static final String CASE_TYPE = "CaseSummary";
    /** The name every rule binds its case to, so that consequences can refer to it alike. */
    static final String CASE_BINDING = "$case";

    private CaseScope() {
    }

    /** What is wrong with the rule's conditions, if anything; empty when it keeps to one case. */
    static List<String> problems(RuleDescr rule) {
        List<PatternDescr> fromWorkingMemory = new ArrayList<>();
        collect(rule.getLhs(), fromWorkingMemory);
        List<BaseDescr> top = rule.getLhs() == null ? List.of() : rule.getLhs().getDescrs();
        boolean firstIsCase = !top.isEmpty() && top.get(0) instanceof PatternDescr first
                && isCaseType(first.getObjectType()) && CASE_BINDING.equals(first.getIdentifier())
                && fromWorkingMemory.contains(first);
        List<String> problems = new ArrayList<>();
        if (!firstIsCase) {
            problems.add("a rule's first condition must be the case, '$case : CaseSummary()'");
        }
        for (PatternDescr pattern : fromWorkingMemory) {
            if (pattern != top.get(0)) {
                problems.add("'" + pattern.getObjectType() + "()' (line " + pattern.getLine()
                        + ") matches facts outside the case: reach it from the case with 'from $case...'");
            }
        }
        return problems;
    }

    private static void collect(BaseDescr descr, List<PatternDescr> fromWorkingMemory) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getSource() == null || pattern.getSource() instanceof EntryPointDescr) {
                fromWorkingMemory.add(pattern);
            } else if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                collect(accumulate.getInput(), fromWorkingMemory);
            } else if (pattern.getSource() instanceof CollectDescr collect) {
                collect(collect.getInputPattern(), fromWorkingMemory);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collect(child, fromWorkingMemory);
            }
        }
    }

    private static boolean isCaseType(String type) {
        return CASE_TYPE.equals(type) || type.endsWith("." + CASE_TYPE);
    }
}
