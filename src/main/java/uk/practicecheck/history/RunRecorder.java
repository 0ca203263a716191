package uk.practicecheck.history;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.audit.AuditedRecord;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleResult;

/**
 * Records one audit in a history. While the audit runs it takes each case's outcomes (already
 * pseudonymised when the audit is) and keeps only what the history holds — the case id, team,
 * worker, and per rule the outcome and days overdue; never a name or a date of birth — in a
 * private temporary file, so memory stays flat and the database is not held while cases are
 * judged. {@link #record} then writes the whole run in one transaction: a run is in the history
 * completely or not at all, even if the process is killed half way.
 */
public final class RunRecorder implements RecordSink, AutoCloseable {
    /** How the reports name a team or worker left blank (as the audit summary does). */
    static final String NOT_RECORDED = "not recorded";

    private final Path spool;
    private final DataOutputStream out;

    public RunRecorder() throws IOException {
        spool = Files.createTempFile("practice-check-history", ".spool");
        spool.toFile().deleteOnExit();
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
    }

    @Override
    public void accept(List<AuditedRecord> batch) throws IOException {
        for (AuditedRecord record : batch) {
            if (record instanceof AuditedRecord.Evaluated evaluated) {
                write(evaluated.position(), evaluated.result());
            }
        }
    }

    private void write(long position, CaseResult c) throws IOException {
        out.writeBoolean(true);
        out.writeLong(position);
        out.writeUTF(StringUtils.defaultString(c.caseId()));
        out.writeUTF(orNotRecorded(c.team()));
        out.writeUTF(orNotRecorded(c.worker()));
        int applicable = (int) c.rules().stream().filter(r -> r.outcome() != Outcome.NOT_APPLICABLE).count();
        out.writeInt(applicable);
        for (RuleResult r : c.rules()) {
            if (r.outcome() != Outcome.NOT_APPLICABLE) {
                out.writeUTF(r.rule().id());
                out.writeUTF(StoredOutcome.code(r.outcome()));
                out.writeLong(r.maxDaysOverdue());
            }
        }
    }

    static String orNotRecorded(String value) {
        return StringUtils.isBlank(value) ? NOT_RECORDED : value;
    }

    /**
     * Writes the run — its facts, the summary's totals and every case kept — in one transaction.
     *
     * @return the new run's number
     */
    public long record(History history, RunFacts facts, RunTotals totals) throws HistoryException {
        try {
            out.writeBoolean(false);
            out.flush();
        } catch (IOException e) {
            throw new HistoryException("Cannot keep the audit's cases for the history: " + e.getMessage(), e);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), 1 << 16))) {
            return new RunWriter(history).write(facts, totals, () -> readCase(in));
        } catch (IOException e) {
            throw new HistoryException("Cannot read back the audit's cases for the history: " + e.getMessage(), e);
        }
    }

    private static RunWriter.StoredCase readCase(DataInputStream in) {
        try {
            if (!in.readBoolean()) {
                return null;
            }
            long position = in.readLong();
            String caseKey = in.readUTF();
            String team = in.readUTF();
            String worker = in.readUTF();
            int n = in.readInt();
            RunWriter.StoredRule[] rules = new RunWriter.StoredRule[n];
            for (int i = 0; i < n; i++) {
                String ruleId = in.readUTF();
                String outcome = in.readUTF();
                long overdue = in.readLong();
                rules[i] = new RunWriter.StoredRule(ruleId, outcome, overdue > 0 ? overdue : null);
            }
            return new RunWriter.StoredCase(position, caseKey, team, worker, List.of(rules));
        } catch (EOFException e) {
            throw new UncheckedIOException("the spool of the audit's cases ended early", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(spool);
    }
}
