package uk.practicecheck.engine;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Keeps one failing rule from stopping the rest: the failure becomes a finding with the
 * {@link Outcome#ERROR} outcome for that rule and case, and evaluation goes on.
 */
public final class RecordingExceptionHandler implements ConsequenceExceptionHandler {

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        FindingRecorder recorder = (FindingRecorder) ((KieRuntime) runtime).getGlobal(CaseEvaluator.FINDINGS_GLOBAL);
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        recorder.ruleFailed(match.getRule().getName(), cause);
    }
}
