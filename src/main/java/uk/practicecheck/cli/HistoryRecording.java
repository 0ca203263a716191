package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.Pseudonymiser;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.history.Fingerprints;
import uk.practicecheck.history.History;
import uk.practicecheck.history.HistoryException;
import uk.practicecheck.history.HistoryLocation;
import uk.practicecheck.history.RunFacts;
import uk.practicecheck.history.RunRecorder;
import uk.practicecheck.history.RunTotals;
import uk.practicecheck.history.SinceLastAudit;
import uk.practicecheck.indicator.Period;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.report.LastAudit;
import uk.practicecheck.policy.Policy;

/**
 * {@code audit --history}: the history is opened (and its schema checked) before the audit starts,
 * so a history that cannot be used stops the audit at once; the audit's cases are taken as they are
 * done; the run is written in one transaction once the report is out.
 */
final class HistoryRecording implements AutoCloseable {
    private final History history;
    private final RunRecorder recorder;

    private HistoryRecording(History history, RunRecorder recorder) {
        this.history = history;
        this.recorder = recorder;
    }

    static HistoryRecording open(String location) throws HistoryException, IOException {
        History history = History.openForRecording(HistoryLocation.resolve(location, System.getenv()));
        try {
            return new HistoryRecording(history, new RunRecorder());
        } catch (IOException e) {
            history.close();
            throw e;
        }
    }

    RunRecorder sink() {
        return recorder;
    }

    /**
     * The population's last recorded audit, for "since the last audit" beside each rate in the report;
     * null when this is its first.
     */
    LastAudit lastAudit(String population, List<RuleSource> rules, Policy policy) throws HistoryException {
        return SinceLastAudit.read(history, population, Fingerprints.ruleBook(rules), Fingerprints.policy(policy));
    }

    /** Records the run, saying on {@code err} which run it became and how long writing it took. */
    void record(AuditSummary summary, List<CaseInput> inputs, List<RuleSource> rules, Policy policy, String population,
                Pseudonymiser pseudonymiser, Clock clock, PrintWriter err) throws HistoryException, IOException {
        UnaryOperator<String> names = pseudonymiser == null ? UnaryOperator.identity() : pseudonymiser::fileName;
        Period period = summary.indicators() == null ? null : summary.indicators().period();
        RunFacts facts = new RunFacts(clock.instant(), summary.asOf(), period == null ? null : period.from(),
                period == null ? null : period.to(), population,
                new VersionProvider().getVersion()[0], Fingerprints.ruleBook(rules), Fingerprints.policy(policy),
                pseudonymiser == null ? null : pseudonymiser.pseudonym(Fingerprints.KEY_CHECK_TEXT),
                Fingerprints.inputs(inputs.stream().map(CaseInput::name).toList(), names));
        long started = System.nanoTime();
        long run = recorder.record(history, facts, RunTotals.of(summary));
        err.printf(Locale.UK, "practice-check: recorded as run %d in the history %s (%,d cases in %.1f s)%n", run, history,
                summary.evaluated(), (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void close() throws IOException, HistoryException {
        try {
            recorder.close();
        } finally {
            history.close();
        }
    }

}
