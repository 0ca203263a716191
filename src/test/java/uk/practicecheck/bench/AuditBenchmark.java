package uk.practicecheck.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleBookCache;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.RawRecord;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.policy.PolicyLoader;

/**
 * Times, in one JVM, merely parsing an NDJSON file with Jackson (same reader, same threads, same
 * batches as the audit) and then auditing it with the bundled rule book; prints both and the
 * ratio. Arguments: FILE [THREADS] [ROUNDS] (rounds repeat both passes, to see them warmed up on a
 * small file). Run by {@code bench/run-benchmarks.sh}; not a test.
 */
public final class AuditBenchmark {
    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        RuleBook rules = RuleBookCompiler.compile(RuleSources.bundled(), RuleBookCache.standard(System.getenv()));
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) {
                System.out.printf("round %d of %d%n", round, rounds);
            }
            run(file, threads, rules);
        }
    }

    /** One parse-only pass then one audit of the file; later rounds of a small file show the code warmed up. */
    private static void run(Path file, int threads, RuleBook rules) throws Exception {
        long parseStart = System.nanoTime();
        long parseCpuStart = processCpuNanos();
        long[] parsed = parseOnly(file, threads);
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
        double parseCpu = (processCpuNanos() - parseCpuStart) / 1e9;

        long auditStart = System.nanoTime();
        long auditCpuStart = processCpuNanos();
        AuditSummary summary = new StreamingAuditor(rules, PolicyLoader.defaults(), RecommendationCatalogue.bundled(),
                new StreamingAuditor.Settings(LocalDate.of(2026, 6, 1), threads, 50, 1000, null))
                .audit(List.of(CaseInput.file(file)), RecordSink.NONE);
        double auditSeconds = (System.nanoTime() - auditStart) / 1e9;
        double auditCpu = (processCpuNanos() - auditCpuStart) / 1e9;

        System.out.printf("rules: %d, threads: %d%n", rules.rules().size(), threads);
        System.out.printf("parse only: %,d records (%,d rejected) in %.2f s wall, %.2f s CPU%n", parsed[0], parsed[1],
                parseSeconds, parseCpu);
        System.out.printf("audit:      %,d records (%,d evaluated, %,d rejected) in %.2f s wall, %.2f s CPU%n",
                summary.recordsRead(), summary.evaluated(), summary.rejected(), auditSeconds, auditCpu);
        System.out.printf("audit / parse: %.2f wall, %.2f CPU%n", auditSeconds / parseSeconds, auditCpu / parseCpu);
    }

    /** CPU time of the whole process (all threads, the garbage collector's included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Records read and rejected when only binding the JSON, on the same number of threads. */
    private static long[] parseOnly(Path file, int threads) throws Exception {
        CaseSummaryReader reader = new CaseSummaryReader();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 4);
        AtomicLong read = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        List<RawRecord>[] batch = newBatch();
        reader.stream(CaseInput.file(file), new AtomicLong(), raw -> {
            batch[0].add(raw);
            if (batch[0].size() == 256) {
                submit(pool, inFlight, reader, batch[0], read, rejected);
                batch[0] = new ArrayList<>(256);
            }
        });
        submit(pool, inFlight, reader, batch[0], read, rejected);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new long[] {read.get(), rejected.get()};
    }

    @SuppressWarnings("unchecked")
    private static List<RawRecord>[] newBatch() {
        return new List[] {new ArrayList<RawRecord>(256)};
    }

    private static void submit(ExecutorService pool, Semaphore inFlight, CaseSummaryReader reader, List<RawRecord> records,
                               AtomicLong read, AtomicLong rejected) {
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            for (RawRecord raw : records) {
                read.incrementAndGet();
                if (reader.read(raw) instanceof ReadResult.Rejected) {
                    rejected.incrementAndGet();
                }
            }
            inFlight.release();
        });
    }
}
