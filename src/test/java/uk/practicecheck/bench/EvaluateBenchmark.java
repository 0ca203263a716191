package uk.practicecheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleBookCache;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.policy.PolicyLoader;

/**
 * Reading and evaluating cost per case on one thread, in thread CPU time: reads the first N
 * lines of an NDJSON file into memory, then in each round reads every case and evaluates it,
 * and prints the minimum over the rounds, and the memory allocated per case (the median of the
 * rounds; the machine's load does not change it). On a machine shared with other work the minimum
 * of CPU time is a far steadier figure than wall time, so use it to compare two builds.
 * Cases are evaluated in batches, as an audit does.
 * Arguments: FILE [CASES, default 5000] [ROUNDS, default 8] [BATCH, default 64]. Not a test.
 */
public final class EvaluateBenchmark {
    private EvaluateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        List<byte[]> lines = new ArrayList<>();
        try (var in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && lines.size() < cases; line = in.readLine()) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        RuleBook rules = RuleBookCompiler.compile(RuleSources.bundled(), RuleBookCache.standard(System.getenv()));
        CaseSummaryReader reader = new CaseSummaryReader();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LocalDate asOf = LocalDate.of(2026, 6, 1);
        double bestRead = Double.MAX_VALUE;
        double bestEvaluate = Double.MAX_VALUE;
        double[] readKB = new double[rounds];
        double[] evaluateKB = new double[rounds];
        com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threads;
        long thread = Thread.currentThread().getId();
        try (CaseEvaluator evaluator = new CaseEvaluator(rules, PolicyLoader.defaults())) {
            for (int round = 0; round < rounds; round++) {
                List<ParsedCase> parsed = new ArrayList<>(lines.size());
                long startBytes = allocations.getThreadAllocatedBytes(thread);
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < lines.size(); i++) {
                    ReadResult read = reader.read(lines.get(i), new RecordSource(args[0], i + 1L));
                    if (read instanceof ReadResult.Ok ok) {
                        parsed.add(ok.parsed());
                    }
                }
                long readEnd = threads.getCurrentThreadCpuTime();
                long readEndBytes = allocations.getThreadAllocatedBytes(thread);
                for (int from = 0; from < parsed.size(); from += batch) {
                    evaluator.evaluateAll(parsed.subList(from, Math.min(parsed.size(), from + batch)), asOf);
                }
                long evaluateEnd = threads.getCurrentThreadCpuTime();
                long evaluateEndBytes = allocations.getThreadAllocatedBytes(thread);
                readKB[round] = (readEndBytes - startBytes) / 1024.0 / lines.size();
                evaluateKB[round] = (evaluateEndBytes - readEndBytes) / 1024.0 / parsed.size();
                bestRead = Math.min(bestRead, (readEnd - start) / 1e3 / lines.size());
                bestEvaluate = Math.min(bestEvaluate, (evaluateEnd - readEnd) / 1e3 / parsed.size());
            }
        }
        java.util.Arrays.sort(readKB);
        java.util.Arrays.sort(evaluateKB);
        System.out.printf("%,d cases, minimum of %d rounds, thread CPU per case: read %.1f us, evaluate %.1f us;"
                        + " allocated per case, median: read %.1f KB, evaluate %.1f KB%n",
                lines.size(), rounds, bestRead, bestEvaluate, readKB[rounds / 2], evaluateKB[rounds / 2]);
    }
}
