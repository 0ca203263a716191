package uk.practicecheck.engine;

import java.util.List;
import uk.practicecheck.io.RecordSource;

/**
 * Every rule's result for one case.
 *
 * @param source    where the case was read from
 * @param caseId    the case's identifier
 * @param childName the child's name, if the extract had one
 * @param team      the allocated team
 * @param worker    the allocated worker
 * @param warnings  things in the input that were passed over, such as unknown fields
 * @param rules     one result per rule in the rule book, in rule book order
 */
public record CaseResult(RecordSource source, String caseId, String childName, String team, String worker,
                         List<String> warnings, List<RuleResult> rules) {

    /** The most pressing outcome across all rules. */
    public Outcome outcome() {
        return rules.stream().map(RuleResult::outcome).reduce(Outcome.NOT_APPLICABLE, Outcome::worse);
    }

    public long count(Outcome outcome) {
        return rules.stream().filter(r -> r.outcome() == outcome).count();
    }
}
