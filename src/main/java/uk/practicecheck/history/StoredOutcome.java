package uk.practicecheck.history;

import java.util.Arrays;
import uk.practicecheck.engine.Outcome;

/**
 * How an outcome is written in the history: fixed codes, so that renaming an outcome in the code
 * never changes what an old history means.
 */
enum StoredOutcome {
    MET(Outcome.MET, "met"),
    NOT_MET(Outcome.NOT_MET, "not_met"),
    NOT_YET_DUE(Outcome.NOT_YET_DUE, "not_yet_due"),
    CANNOT_TELL(Outcome.CANNOT_TELL, "cannot_tell"),
    NOT_APPLICABLE(Outcome.NOT_APPLICABLE, "not_applicable"),
    RULE_ERROR(Outcome.ERROR, "rule_error");

    final Outcome outcome;
    final String code;

    StoredOutcome(Outcome outcome, String code) {
        this.outcome = outcome;
        this.code = code;
    }

    static String code(Outcome outcome) {
        return Arrays.stream(values()).filter(s -> s.outcome == outcome).findFirst().orElseThrow().code;
    }

    static Outcome outcome(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown outcome in the history: " + code)).outcome;
    }
}
