package uk.practicecheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.AuditedRecord;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.calendar.BankHolidays;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleBookCache;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleResult;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.policy.PolicyLoader;

/**
 * The speed figures of docs/benchmarks.md, all from one JVM run on one NDJSON file of generated cases
 * ({@code generate --cases N --seed 7}), judged as of 2026-06-01:
 *
 * <ol>
 *   <li>per case, one thread, thread CPU time (median of the rounds over the first CASES lines, held in
 *       memory): a Jackson streaming token pass (the floor), reading into the model, evaluating all rules;</li>
 *   <li>the floor ratio: a one-thread audit of the whole file (every rule, records read, evaluated, tallied)
 *       ÷ a one-thread token pass over the same file, both in process CPU time, after the rounds above
 *       have warmed the code up;</li>
 *   <li>the peer ratio: an audit with only {@code frontdoor.referral-allocated} and
 *       {@code assessment.completed-in-time} ÷ DuckDB (JDBC, in this process) loading the file and answering
 *       the same two checks in SQL, process CPU time; the per-case counts of each outcome must be identical.</li>
 * </ol>
 *
 * Arguments: FILE [CASES, default 5000] [ROUNDS, default 7]. Run by {@code bench/speed.sh}; not a test.
 */
public final class SpeedHarness {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final String REFERRAL_ALLOCATED = "frontdoor.referral-allocated";
    static final String ASSESSMENT_IN_TIME = "assessment.completed-in-time";
    private static final int BATCH = 16;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** HotSpot's view of the same, which also counts the bytes a thread allocates: a figure the machine's load leaves alone. */
    private static final com.sun.management.ThreadMXBean ALLOCATIONS = (com.sun.management.ThreadMXBean) THREADS;

    private SpeedHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        System.out.printf("java %s, %d processors, collector %s, load average %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans()
                        .stream().map(GarbageCollectorMXBean::getName).toList()), loadAverage());

        List<byte[]> lines = firstLines(file, cases);
        RuleBook allRules = RuleBookCompiler.compile(RuleSources.bundled(), RuleBookCache.standard(System.getenv()));
        Policy policy = PolicyLoader.defaults();
        double[] token = new double[rounds];
        double[] read = new double[rounds];
        double[] evaluate = new double[rounds];
        double[] readKb = new double[rounds];
        double[] evaluateKb = new double[rounds];
        CaseSummaryReader reader = new CaseSummaryReader();
        JsonFactory json = new JsonFactory();
        try (CaseEvaluator evaluator = new CaseEvaluator(allRules, policy)) {
            for (int round = 0; round < rounds; round++) {
                long start = THREADS.getCurrentThreadCpuTime();
                long tokens = 0;
                for (byte[] line : lines) {
                    tokens += tokens(json, line);
                }
                long tokenEnd = THREADS.getCurrentThreadCpuTime();
                long readStartBytes = allocatedBytes();
                List<ParsedCase> parsed = new ArrayList<>(lines.size());
                for (int i = 0; i < lines.size(); i++) {
                    if (reader.read(lines.get(i), new RecordSource(file.toString(), i + 1L)) instanceof ReadResult.Ok ok) {
                        parsed.add(ok.parsed());
                    }
                }
                long readEnd = THREADS.getCurrentThreadCpuTime();
                long readEndBytes = allocatedBytes();
                for (int from = 0; from < parsed.size(); from += BATCH) {
                    evaluator.evaluateAll(parsed.subList(from, Math.min(parsed.size(), from + BATCH)), AS_OF);
                }
                long evaluateEnd = THREADS.getCurrentThreadCpuTime();
                long evaluateEndBytes = allocatedBytes();
                if (tokens == 0 || parsed.size() != lines.size()) {
                    throw new IllegalStateException("expected every case read: " + parsed.size() + " of " + lines.size());
                }
                token[round] = (tokenEnd - start) / 1e3 / lines.size();
                read[round] = (readEnd - tokenEnd) / 1e3 / lines.size();
                evaluate[round] = (evaluateEnd - readEnd) / 1e3 / lines.size();
                readKb[round] = (readEndBytes - readStartBytes) / 1024.0 / lines.size();
                evaluateKb[round] = (evaluateEndBytes - readEndBytes) / 1024.0 / lines.size();
            }
        }
        System.out.printf("per case, one thread, CPU, median of %d rounds over %,d cases (min-max):%n", rounds, lines.size());
        System.out.printf("  token pass (floor)   %6.1f us  (%s)%n", median(token), range(token));
        System.out.printf("  read into the model  %6.1f us  (%s)%n", median(read), range(read));
        System.out.printf("  evaluate all rules   %6.1f us  (%s)%n", median(evaluate), range(evaluate));
        System.out.printf("memory allocated per case, one thread, median of the rounds: read %.1f KB, evaluate %.1f KB%n",
                median(readKb), median(evaluateKb));

        double tokenPassCpu = cpuSeconds(() -> tokenPass(json, file));
        long[] audited = new long[1];
        double auditCpu = cpuSeconds(() -> audited[0] = audit(allRules, policy, file, 1, RecordSink.NONE).evaluated());
        System.out.printf("whole file, one thread, process CPU: token pass %.2f s, audit of %,d cases with %d rules %.2f s:"
                + " floor ratio %.2f%n", tokenPassCpu, audited[0], allRules.rules().size(), auditCpu, auditCpu / tokenPassCpu);

        RuleBook twoRules = RuleBookCompiler.compile(twoRuleSources(), RuleBookCache.standard(System.getenv()));
        Map<String, int[]> ours = new HashMap<>();
        int threads = Runtime.getRuntime().availableProcessors();
        double oursCpu = cpuSeconds(() -> audit(twoRules, policy, file, threads, batch -> count(batch, ours)));
        Map<String, int[]> duck = new HashMap<>();
        double duckCpu = cpuSeconds(() -> duckDb(file, duck));
        assertSameCounts(ours, duck);
        int[] totals = new int[8];
        ours.values().forEach(row -> Arrays.setAll(totals, i -> totals[i] + row[i]));
        System.out.printf("  findings (met, not met, not yet due, cannot tell): %s %s, %s %s%n", REFERRAL_ALLOCATED,
                Arrays.toString(Arrays.copyOfRange(totals, 0, 4)), ASSESSMENT_IN_TIME, Arrays.toString(Arrays.copyOfRange(totals, 4, 8)));
        System.out.printf("peer, %d threads each, process CPU: practice-check with the two rules %.2f s, DuckDB SQL %.2f s:"
                + " peer ratio %.2f (per-case counts of %,d cases identical)%n", threads, oursCpu, duckCpu, oursCpu / duckCpu,
                ours.size());
        System.out.printf("RESULT token=%.2f read=%.2f evaluate=%.2f floor=%.2f peer=%.2f readKB=%.1f evaluateKB=%.1f load=%s%n",
                median(token), median(read), median(evaluate), auditCpu / tokenPassCpu, oursCpu / duckCpu, median(readKb),
                median(evaluateKb), loadAverage().split(" ")[0]);
    }

    private static long allocatedBytes() {
        return ALLOCATIONS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static List<byte[]> firstLines(Path file, int cases) throws Exception {
        List<byte[]> lines = new ArrayList<>();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && lines.size() < cases; line = in.readLine()) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static long tokens(JsonFactory json, byte[] line) throws Exception {
        long count = 0;
        try (JsonParser parser = json.createParser(line)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    /** Every token of the file, one case after another: what any reader of it must at least do. */
    private static void tokenPass(JsonFactory json, Path file) throws Exception {
        long count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser parser = json.createParser(in)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no tokens in " + file);
        }
    }

    private static AuditSummary audit(RuleBook rules, Policy policy, Path file, int threads, RecordSink sink) throws Exception {
        return new StreamingAuditor(rules, policy, RecommendationCatalogue.bundled(),
                new StreamingAuditor.Settings(AS_OF, threads, 50, 1000, null))
                .audit(List.of(CaseInput.file(file)), sink);
    }

    private static List<RuleSource> twoRuleSources() {
        Set<String> wanted = Set.of("frontdoor/referral-allocated.drl", "assessment/completed-in-time.drl");
        List<RuleSource> two = RuleSources.bundled().stream().filter(s -> wanted.contains(s.path())).toList();
        if (two.size() != 2) {
            throw new IllegalStateException("expected the two rule files, found " + two);
        }
        return two;
    }

    /** Per case: met, not met, not yet due, cannot tell, for each of the two rules (8 counts). */
    private static void count(List<AuditedRecord> batch, Map<String, int[]> counts) {
        for (AuditedRecord record : batch) {
            CaseResult result = ((AuditedRecord.Evaluated) record).result();
            int[] row = new int[8];
            for (RuleResult rule : result.rules()) {
                int offset = REFERRAL_ALLOCATED.equals(rule.rule().id()) ? 0 : ASSESSMENT_IN_TIME.equals(rule.rule().id()) ? 4 : -1;
                if (offset < 0) {
                    throw new IllegalStateException("unexpected rule " + rule.rule().id());
                }
                for (Finding finding : rule.findings()) {
                    switch (finding.outcome()) {
                        case MET -> row[offset]++;
                        case NOT_MET -> row[offset + 1]++;
                        case NOT_YET_DUE -> row[offset + 2]++;
                        case CANNOT_TELL -> row[offset + 3]++;
                        default -> throw new IllegalStateException("unexpected outcome " + finding.outcome());
                    }
                }
            }
            if (counts.put(result.caseId(), row) != null) {
                throw new IllegalStateException("case id used twice: " + result.caseId());
            }
        }
    }

    /**
     * The same two checks as a user would write them in SQL: a working-day calendar (weekends and the
     * bank holidays of England and Wales) with each day's count of working days so far; a deadline of N
     * working days after D is the working day whose count is D's plus N. Records dated after the as-of
     * date are left out and dates after it read as not yet recorded, as the tool does.
     */
    private static void duckDb(Path file, Map<String, int[]> counts) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE holiday (day DATE)");
            BankHolidays holidays = BankHolidays.englandAndWales();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO holiday VALUES (CAST(? AS DATE))")) {
                for (LocalDate day = holidays.firstCovered(); !day.isAfter(holidays.lastCovered()); day = day.plusDays(1)) {
                    if (holidays.isHoliday(day)) {
                        insert.setString(1, day.toString());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            sql.execute("""
                    CREATE TABLE calendar AS
                    SELECT day, working, sum(working::INT) OVER (ORDER BY day) AS worked
                    FROM (SELECT d::DATE AS day, isodow(d) < 6 AND d::DATE NOT IN (SELECT day FROM holiday) AS working
                          FROM range(DATE '1990-01-01', DATE '2100-01-01', INTERVAL 1 DAY) t(d))""");
            sql.execute("""
                    CREATE TABLE cases AS SELECT * FROM read_ndjson('%s', columns = {
                      caseId: 'VARCHAR',
                      referrals: 'STRUCT(received DATE, decided DATE, allocated DATE, socialWorkerNeeded BOOLEAN)[]',
                      assessments: 'STRUCT(referralDate DATE, start DATE, authorised DATE)[]'})"""
                    .formatted(file.toAbsolutePath().toString().replace("'", "''")));
            String asOf = "DATE '" + AS_OF + "'";
            String query = """
                    WITH referral AS (
                      SELECT caseId, r.decided AS decided,
                             CASE WHEN r.allocated <= %1$s THEN r.allocated END AS allocated, r.socialWorkerNeeded AS needed
                      FROM (SELECT caseId, unnest(referrals) AS r FROM cases)
                      WHERE (r.received IS NULL OR r.received <= %1$s) AND r.decided <= %1$s),
                    referral_due AS (
                      SELECT referral.*, c2.day AS due
                      FROM referral JOIN calendar c1 ON c1.day = referral.decided
                      JOIN calendar c2 ON c2.working AND c2.worked = c1.worked + 3
                      WHERE allocated IS NOT NULL OR needed IS DISTINCT FROM false),
                    referral_outcome AS (
                      SELECT caseId, CASE
                        WHEN allocated IS NOT NULL THEN CASE WHEN allocated <= due THEN 'met' ELSE 'not met' END
                        WHEN %1$s <= due THEN 'not yet due'
                        WHEN needed IS NULL THEN 'cannot tell'
                        ELSE 'not met' END AS outcome
                      FROM referral_due),
                    assessment AS (
                      SELECT caseId, coalesce(a.referralDate, a.start) AS clock,
                             CASE WHEN a.authorised <= %1$s THEN a.authorised END AS authorised
                      FROM (SELECT caseId, unnest(assessments) AS a FROM cases)
                      WHERE a.start IS NULL OR a.start <= %1$s),
                    assessment_outcome AS (
                      SELECT caseId, CASE
                        WHEN clock IS NULL THEN 'cannot tell'
                        WHEN authorised IS NOT NULL THEN CASE WHEN authorised <= due THEN 'met' ELSE 'not met' END
                        WHEN %1$s <= due THEN 'not yet due'
                        ELSE 'not met' END AS outcome
                      FROM (SELECT assessment.*, c2.day AS due FROM assessment
                            LEFT JOIN calendar c1 ON c1.day = assessment.clock
                            LEFT JOIN calendar c2 ON c2.working AND c2.worked = c1.worked + 45))
                    SELECT caseId, 0 AS rule, outcome, count(*) FROM referral_outcome GROUP BY ALL
                    UNION ALL
                    SELECT caseId, 4 AS rule, outcome, count(*) FROM assessment_outcome GROUP BY ALL""".formatted(asOf);
            try (ResultSet rows = sql.executeQuery("SELECT caseId FROM cases")) {
                while (rows.next()) {
                    counts.put(rows.getString(1), new int[8]);
                }
            }
            try (ResultSet rows = sql.executeQuery(query)) {
                while (rows.next()) {
                    int column = rows.getInt(2) + switch (rows.getString(3)) {
                        case "met" -> 0;
                        case "not met" -> 1;
                        case "not yet due" -> 2;
                        default -> 3;
                    };
                    counts.get(rows.getString(1))[column] = rows.getInt(4);
                }
            }
        }
    }

    private static void assertSameCounts(Map<String, int[]> ours, Map<String, int[]> duck) {
        if (!ours.keySet().equals(duck.keySet())) {
            throw new IllegalStateException("the two sides read different cases: " + ours.size() + " and " + duck.size());
        }
        for (Map.Entry<String, int[]> row : ours.entrySet()) {
            if (!Arrays.equals(row.getValue(), duck.get(row.getKey()))) {
                throw new IllegalStateException("case " + row.getKey() + ": practice-check " + Arrays.toString(row.getValue())
                        + ", DuckDB " + Arrays.toString(duck.get(row.getKey())));
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double cpuSeconds(Work work) throws Exception {
        long start = processCpuNanos();
        work.run();
        return (processCpuNanos() - start) / 1e9;
    }

    /** CPU time of the whole process: every thread, the garbage collector's, the JIT's and DuckDB's own included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String range(double[] values) {
        return String.format("%.1f-%.1f", Arrays.stream(values).min().orElse(0), Arrays.stream(values).max().orElse(0));
    }
}
