package uk.practicecheck.audit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.CaseEvaluation;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorTally;
import uk.practicecheck.indicator.Period;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.RawRecord;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.policy.Policy;

/**
 * Audits any number of records with flat memory, on every core: the calling thread splits the
 * inputs into records and hands them out in batches (a bounded number in flight) to one worker
 * per thread, each with its own {@link CaseEvaluator} and its own {@link Tally}. Finished
 * batches go to the {@link RecordSink} in input order; the tallies are merged at the end. Nothing
 * visible depends on thread timing: the same input gives the same summary and the same records
 * in the same order, whatever the number of threads.
 */
public final class StreamingAuditor {
    /**
     * Records per batch, which a worker evaluates together in one pass of the rule engine. Memory
     * held is about (batches in flight) x (batch size) x (one case's record and results);
     * realistic cases with visits and supervision run to several kilobytes of results each, so
     * batches are kept small enough for a 32 MB heap. Evaluating a batch together costs a fifth
     * less than case by case from four cases up, and no less beyond 16 (see docs/benchmarks.md).
     */
    static final int BATCH_SIZE = 16;

    private final RuleBook ruleBook;
    private final Policy policy;
    private final RecommendationCatalogue catalogue;
    private final Settings settings;
    private final CaseSummaryReader reader;
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong recordsDone = new AtomicLong();
    private volatile long totalBytes = -1;

    /**
     * How an audit runs.
     *
     * @param asOf               the date the cases are judged on
     * @param threads            worker threads (at least 1)
     * @param mostPressingLimit  how many cases needing action the summary keeps
     * @param rejectionsLimit    how many rejections the summary keeps (all are counted)
     * @param pseudonymiser      replaces child identifiers, or null to keep them
     * @param period             the period the cohort indicators cover
     * @param dueWithinDays      the worklist of duties due soon covers the days after the as-of date up to this many
     * @param dueSoonLimit       how many duties due soon the summary keeps, the soonest (all are counted)
     */
    public record Settings(LocalDate asOf, int threads, int mostPressingLimit, int rejectionsLimit,
                           Pseudonymiser pseudonymiser, Period period, int dueWithinDays, int dueSoonLimit) {
        public static final int DEFAULT_DUE_WITHIN_DAYS = 28;
        public static final int DEFAULT_DUE_SOON_LIMIT = 1000;

        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread is needed");
            }
            if (dueWithinDays < 0) {
                throw new IllegalArgumentException("the due-soon window cannot be negative");
            }
        }

        /** With the default worklist: duties due in the next 28 days, the soonest 1,000 listed. */
        public Settings(LocalDate asOf, int threads, int mostPressingLimit, int rejectionsLimit, Pseudonymiser pseudonymiser,
                        Period period) {
            this(asOf, threads, mostPressingLimit, rejectionsLimit, pseudonymiser, period, DEFAULT_DUE_WITHIN_DAYS,
                    DEFAULT_DUE_SOON_LIMIT);
        }

        /** Settings with the indicators over the 12 months to the as-of date, and the default worklist. */
        public Settings(LocalDate asOf, int threads, int mostPressingLimit, int rejectionsLimit, Pseudonymiser pseudonymiser) {
            this(asOf, threads, mostPressingLimit, rejectionsLimit, pseudonymiser, Period.yearTo(asOf));
        }
    }

    /** How far an audit has gone, for a progress display. */
    public record Progress(long bytesRead, long totalBytes, long recordsDone) {
    }

    public StreamingAuditor(RuleBook ruleBook, Policy policy, RecommendationCatalogue catalogue, Settings settings) {
        this(ruleBook, policy, catalogue, settings, new CaseSummaryReader());
    }

    /**
     * @param reader reads the records; a reader made beforehand (making one builds Jackson's readers for
     *               the whole model) lets a command make it while the rule book loads
     */
    public StreamingAuditor(RuleBook ruleBook, Policy policy, RecommendationCatalogue catalogue, Settings settings,
                            CaseSummaryReader reader) {
        this.ruleBook = ruleBook;
        this.policy = policy;
        this.catalogue = catalogue;
        this.settings = settings;
        this.reader = reader;
    }

    public Progress progress() {
        return new Progress(bytesRead.get(), totalBytes, recordsDone.get());
    }

    /**
     * Audits the inputs in order, giving every record to {@code sink} in input order.
     *
     * @throws IOException if the sink cannot write
     */
    public AuditSummary audit(List<CaseInput> inputs, RecordSink sink) throws IOException, InterruptedException {
        totalBytes = inputs.stream().anyMatch(i -> i.size() < 0) ? -1 : inputs.stream().mapToLong(CaseInput::size).sum();
        Run run = new Run(sink);
        Tally.Limits limits = new Tally.Limits(settings.mostPressingLimit(), settings.rejectionsLimit(),
                settings.dueSoonLimit(), settings.asOf().plusDays(settings.dueWithinDays()),
                new Standings(settings.asOf(), policy));
        List<Thread> workers = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        List<IndicatorTally> indicatorTallies = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            Tally tally = new Tally(limits);
            tallies.add(tally);
            IndicatorTally indicators = IndicatorCatalogue.bundled().tally(settings.period());
            indicatorTallies.add(indicators);
            Thread worker = new Thread(() -> run.work(tally, indicators), "audit-worker-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        try {
            for (CaseInput input : inputs) {
                reader.stream(input, bytesRead, run::add);
                if (run.failure.get() != null) {
                    break;
                }
            }
            run.flush();
        } catch (Stopped e) {
            // A worker or the sink failed: reported below.
        } finally {
            run.finish(workers.size());
            for (Thread worker : workers) {
                worker.join();
            }
        }
        Throwable failure = run.failure.get();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new IllegalStateException("the audit failed", failure);
        }
        Tally total = new Tally(limits);
        tallies.forEach(total::merge);
        total.casesWithWarnings += run.warnedOnlyAsDuplicates;
        IndicatorTally indicators = IndicatorCatalogue.bundled().tally(settings.period());
        indicatorTallies.forEach(indicators::merge);
        return AuditSummary.of(total, indicators.report(), settings.asOf(), policy.name(), ruleBook.rules(), catalogue,
                settings.pseudonymiser() != null, limits);
    }

    /**
     * Audits the inputs keeping every case's results, for a report per case ({@code check}): only
     * for a handful of cases, since nothing is summarised away.
     */
    public AuditResult auditAll(List<CaseInput> inputs) throws IOException, InterruptedException {
        List<CaseResult> cases = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        AuditSummary summary = audit(inputs, batch -> batch.forEach(record -> {
            if (record instanceof AuditedRecord.Evaluated evaluated) {
                cases.add(evaluated.result());
            } else {
                rejections.add(((AuditedRecord.Rejected) record).rejection());
            }
        }));
        return new AuditResult(settings.asOf(), policy.name(), ruleBook.rules(), catalogue, cases, rejections,
                summary.indicators(), policy);
    }

    /** Thrown inside the reading loop to stop it once something has failed. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private record Batch(long sequence, long firstPosition, List<RawRecord> records) {
    }

    /** One audit's moving parts: the batch being filled, the queue, the reordering of finished batches. */
    private final class Run {
        private final RecordSink sink;
        private final int maxInFlight = settings.threads() * 4;
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(maxInFlight + settings.threads());
        private final Semaphore inFlight = new Semaphore(maxInFlight);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Map<Long, List<AuditedRecord>> finished = new HashMap<>();
        private final CaseIdRegister caseIds = new CaseIdRegister();
        /** Cases whose only warning is that their id was used before: the workers' tallies did not count them. */
        private long warnedOnlyAsDuplicates;
        private long nextToEmit;
        private long sequence;
        private long position;
        private List<RawRecord> filling = new ArrayList<>(BATCH_SIZE);
        private long fillingStart;

        Run(RecordSink sink) {
            this.sink = sink;
        }

        /** Called by the reading thread for each record. */
        void add(RawRecord raw) {
            filling.add(raw);
            position++;
            if (filling.size() == BATCH_SIZE) {
                flush();
            }
        }

        void flush() {
            if (filling.isEmpty()) {
                return;
            }
            Batch batch = new Batch(sequence++, fillingStart, filling);
            filling = new ArrayList<>(BATCH_SIZE);
            fillingStart = position;
            try {
                while (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    stopIfFailed();
                }
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
                throw new Stopped();
            }
            stopIfFailed();
        }

        private void stopIfFailed() {
            if (failure.get() != null) {
                throw new Stopped();
            }
        }

        /** Tells each worker to stop once the queue is drained. */
        void finish(int workers) throws InterruptedException {
            for (int i = 0; i < workers; i++) {
                queue.put(new Batch(-1, -1, List.of()));
            }
        }

        void work(Tally tally, IndicatorTally indicators) {
            try (CaseEvaluator evaluator = new CaseEvaluator(ruleBook, policy)) {
                while (true) {
                    Batch batch = queue.take();
                    if (batch.sequence() < 0) {
                        return;
                    }
                    if (failure.get() == null) {
                        finished(batch.sequence(), audit(batch, evaluator, tally, indicators));
                    }
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                queue.clear();
                inFlight.release(maxInFlight);
            }
        }

        /** Reads a batch's records and evaluates those that read cleanly together, keeping input order. */
        private List<AuditedRecord> audit(Batch batch, CaseEvaluator evaluator, Tally tally, IndicatorTally indicators) {
            AuditedRecord[] audited = new AuditedRecord[batch.records().size()];
            List<ParsedCase> parsed = new ArrayList<>(audited.length);
            int[] parsedAt = new int[audited.length];
            for (int i = 0; i < audited.length; i++) {
                ReadResult read = CaseSummaryReader.bornBy(reader.read(batch.records().get(i)), settings.asOf());
                if (read instanceof ReadResult.Ok ok) {
                    parsedAt[parsed.size()] = i;
                    parsed.add(ok.parsed());
                } else {
                    audited[i] = rejected(batch.firstPosition() + i, ((ReadResult.Rejected) read).rejection());
                }
            }
            List<CaseEvaluation> evaluations = evaluator.evaluateAll(parsed, settings.asOf());
            for (int j = 0; j < evaluations.size(); j++) {
                int i = parsedAt[j];
                long position = batch.firstPosition() + i;
                if (evaluations.get(j) instanceof CaseEvaluation.Done done) {
                    indicators.add(parsed.get(j).summary(), done.result());
                    Pseudonymiser pseudonymiser = settings.pseudonymiser();
                    audited[i] = new AuditedRecord.Evaluated(position,
                            pseudonymiser == null ? done.result() : pseudonymiser.apply(done.result()));
                } else {
                    CaseEvaluation.Failed failed = (CaseEvaluation.Failed) evaluations.get(j);
                    audited[i] = rejected(position, new Rejection(failed.source(), null, failed.reason()));
                }
            }
            for (AuditedRecord record : audited) {
                if (record instanceof AuditedRecord.Evaluated evaluated) {
                    tally.addCase(evaluated.position(), evaluated.result());
                } else {
                    tally.addRejection(record.position(), ((AuditedRecord.Rejected) record).rejection());
                }
            }
            return Arrays.asList(audited);
        }

        private AuditedRecord rejected(long position, Rejection rejection) {
            Pseudonymiser pseudonymiser = settings.pseudonymiser();
            return new AuditedRecord.Rejected(position, pseudonymiser == null ? rejection : pseudonymiser.apply(rejection));
        }

        /**
         * Adds a warning to each case whose id an earlier record used, naming both records. It is done
         * here, where records pass in input order, so that the same record is warned about whatever the
         * number of threads.
         */
        private void warnOfReusedCaseIds(List<AuditedRecord> records) {
            for (int i = 0; i < records.size(); i++) {
                if (!(records.get(i) instanceof AuditedRecord.Evaluated evaluated)) {
                    continue;
                }
                CaseResult c = evaluated.result();
                RecordSource first = caseIds.firstUse(c.caseId(), c.source());
                if (first == null) {
                    continue;
                }
                List<String> warnings = new ArrayList<>(c.warnings());
                warnings.add("the case id " + c.caseId() + " is also used by " + first + ": " + first + " and "
                        + c.source() + " are checked as two children; if they are one child, merge the records");
                if (c.warnings().isEmpty()) {
                    warnedOnlyAsDuplicates++;
                }
                records.set(i, new AuditedRecord.Evaluated(evaluated.position(), new CaseResult(c.source(), c.caseId(),
                        c.childName(), c.team(), c.worker(), warnings, c.rules())));
            }
        }

        /** Hands finished batches to the sink in input order. */
        private synchronized void finished(long batchSequence, List<AuditedRecord> records) throws IOException {
            finished.put(batchSequence, records);
            List<AuditedRecord> next;
            while ((next = finished.remove(nextToEmit)) != null) {
                warnOfReusedCaseIds(next);
                sink.accept(next);
                recordsDone.addAndGet(next.size());
                nextToEmit++;
                inFlight.release();
            }
        }
    }
}
