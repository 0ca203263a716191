package uk.practicecheck.bench;

import java.lang.management.ManagementFactory;
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

/** One build's rounds for {@link PairedBuilds}: loaded by each build's own class loader, so it runs that build's code. Not a test. */
public final class BuildRounds {
    private final List<byte[]> lines;
    private final CaseSummaryReader reader = new CaseSummaryReader();
    private final CaseEvaluator evaluator;
    private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public BuildRounds(List<byte[]> lines) throws Exception {
        this.lines = lines;
        RuleBook rules = RuleBookCompiler.compile(RuleSources.bundled(), RuleBookCache.standard(System.getenv()));
        this.evaluator = new CaseEvaluator(rules, PolicyLoader.defaults());
    }

    /** read ns, evaluate ns, read bytes, evaluate bytes, cases. */
    public long[] round() {
        long tid = Thread.currentThread().getId();
        List<ParsedCase> parsed = new ArrayList<>(lines.size());
        long b0 = threads.getThreadAllocatedBytes(tid);
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < lines.size(); i++) {
            ReadResult read = reader.read(lines.get(i), new RecordSource("bench", i + 1L));
            if (read instanceof ReadResult.Ok ok) {
                parsed.add(ok.parsed());
            }
        }
        long t1 = threads.getCurrentThreadCpuTime();
        long b1 = threads.getThreadAllocatedBytes(tid);
        for (int from = 0; from < parsed.size(); from += 16) {
            evaluator.evaluateAll(parsed.subList(from, Math.min(parsed.size(), from + 16)), LocalDate.of(2026, 6, 1));
        }
        long t2 = threads.getCurrentThreadCpuTime();
        long b2 = threads.getThreadAllocatedBytes(tid);
        return new long[] {t1 - t0, t2 - t1, b1 - b0, b2 - b1, parsed.size()};
    }
}
