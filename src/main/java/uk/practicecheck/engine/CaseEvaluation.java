package uk.practicecheck.engine;

import uk.practicecheck.io.RecordSource;

/** What became of one case given to the rule engine: its results, or why it has none. */
public sealed interface CaseEvaluation {

    /** The case was evaluated; any rule that failed on it is in its results as an error. */
    record Done(CaseResult result) implements CaseEvaluation {
    }

    /** The rule engine itself failed on the case, so no rule's result can be trusted. */
    record Failed(RecordSource source, String reason, Throwable cause) implements CaseEvaluation {
    }
}
