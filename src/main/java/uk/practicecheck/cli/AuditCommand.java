package uk.practicecheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.io.output.CloseShieldWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.practicecheck.audit.AuditSummary;
import uk.practicecheck.audit.Pseudonymiser;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.history.HistoryException;
import uk.practicecheck.history.HistoryLocation;
import uk.practicecheck.indicator.Period;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.report.AuditCsvWriter;
import uk.practicecheck.report.AuditHtmlWriter;
import uk.practicecheck.report.AuditJsonWriter;
import uk.practicecheck.report.AuditMarkdownWriter;
import uk.practicecheck.report.AuditTextWriter;
import uk.practicecheck.report.AuditXlsxWriter;
import uk.practicecheck.report.IndicatorCsvWriter;
import uk.practicecheck.report.LastAudit;

/** {@code audit INPUT…}: a whole cohort, streamed, with an aggregated report. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a cohort of case summaries (files, folders, JSON arrays or newline-delimited JSON; - for "
                + "standard input) and write an aggregated report: the cohort indicators beside the inspectors' figures, "
                + "compliance by rule, recommendation, team and worker, and the cases needing action first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record evaluated; no rule not met",
            "1:at least one rule not met (or a rule failed) for some case",
            "2:usage error",
            "3:at least one record could not be read (the rest are still reported), or none was found",
            "4:the rules, the policy, the pseudonym key or the history could not be loaded (or the run not recorded)",
            "70:internal error (a bug: please report it)"})
final class AuditCommand implements Callable<Integer> {
    static final String KEY_VARIABLE = "PRACTICE_CHECK_PSEUDONYM_KEY";

    /** Report formats of {@code audit}. */
    enum Format { text, json, csv, html, md, xlsx }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Case summary files (one case, a JSON array, or newline-delimited JSON), folders of *.json files, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--annex-a", paramLabel = "FILE",
            description = "An Ofsted Annex A child-level workbook (.xlsx) to audit, one case a child. Repeatable.")
    List<Path> annexAWorkbooks = new ArrayList<>();

    @Mixin
    ReturnOptions returns;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (YYYY-MM-DD). Default: today, or the end of the collection year of a return given.")
    LocalDate asOf;

    @Option(names = "--period", paramLabel = "FROM..TO", converter = PeriodConverter.class,
            description = "The period the cohort indicators cover, both days included, e.g. 2025-04-01..2026-03-31; "
                    + "it cannot end after the as-of date. Default: the 12 months to the as-of date.")
    Period period;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}. csv has the rows --rows chooses.")
    Format format;

    /** The rows of a CSV report. */
    enum Rows { attention, all, cases, indicators }

    @Option(names = "--rows", paramLabel = "ROWS", defaultValue = "attention",
            description = "CSV rows: attention (findings not met, cannot tell, rule error or due soon), all (every "
                    + "finding), cases (one row per case) or indicators (the cohort indicators, overall and by team). "
                    + "Default: ${DEFAULT-VALUE}.")
    Rows rows;

    @Option(names = "--due-within", paramLabel = "DAYS", defaultValue = "28",
            description = "The worklist of duties falling due covers the next DAYS days. Default: ${DEFAULT-VALUE}.")
    int dueWithin;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: one per processor.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--top", paramLabel = "N", defaultValue = "50",
            description = "How many cases needing action to list. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--max-rejections", paramLabel = "N", defaultValue = "1000",
            description = "How many rejected records to list in text, JSON, HTML and Markdown (all are counted; CSV lists all). Default: ${DEFAULT-VALUE}.")
    int maxRejections;

    @Option(names = "--pseudonymise", description = "Replace child identifiers and names (and file names) with stable keyed pseudonyms.")
    boolean pseudonymise;

    @Option(names = "--pseudonym-key-file", paramLabel = "FILE",
            description = "The secret key for --pseudonymise; otherwise the environment variable " + KEY_VARIABLE + ".")
    Path keyFile;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Option(names = "--history", arity = "0..1", fallbackValue = "", paramLabel = "DB",
            description = "Record this audit in a history: a file (SQLite), or jdbc:postgresql://HOST/DATABASE with "
                    + "credentials from the environment. Without a value: $" + HistoryLocation.LOCATION_VARIABLE
                    + ", or else ~/.local/share/practice-check/history.db. Put it after the inputs, or write --history=DB.")
    String history;

    @Option(names = "--population", paramLabel = "NAME", defaultValue = "all cases",
            description = "With --history: the name of the cohort audited, so that runs of one cohort are compared "
                    + "with each other. Default: ${DEFAULT-VALUE}.")
    String population;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty() && annexAWorkbooks.isEmpty() && !returns.any()) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required parameter: 'INPUT' (case files, or --annex-a and a workbook, or --ssda903 or --cin-census and a return)");
        }
        if (returns.problem() != null) {
            throw new ParameterException(spec.commandLine(), returns.problem());
        }
        if (dueWithin < 0) {
            err.println("practice-check: --due-within must be 0 or more days");
            return ExitCodes.USAGE;
        }
        if (threads < 1) {
            err.println("practice-check: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        Pseudonymiser pseudonymiser = null;
        if (pseudonymise) {
            byte[] key = pseudonymKey();
            if (key == null) {
                err.println("practice-check: --pseudonymise needs a key: --pseudonym-key-file FILE or the environment variable "
                        + KEY_VARIABLE);
                return ExitCodes.CONFIGURATION_ERROR;
            }
            pseudonymiser = new Pseudonymiser(key);
        }
        RuleOptions.Loaded loaded = ruleOptions.load(err);
        if (loaded == null) {
            return ExitCodes.CONFIGURATION_ERROR;
        }
        try (HistoryRecording recording = history == null ? null : HistoryRecording.open(history)) {
            return audit(loaded, pseudonymiser, recording, err);
        } catch (HistoryException e) {
            err.println("practice-check: " + e.getMessage());
            return ExitCodes.CONFIGURATION_ERROR;
        }
    }

    private int audit(RuleOptions.Loaded loaded, Pseudonymiser pseudonymiser, HistoryRecording recording,
                      PrintWriter err) throws IOException, InterruptedException, HistoryException {
        RuleBook ruleBook = loaded.ruleBook();
        Policy policy = loaded.policy();
        ReturnOptions.Prepared prepared = returns.prepare(CaseInput.expand(inputs, () -> System.in), annexAWorkbooks, err);
        LocalDate date = asOf != null ? asOf : prepared.periodEnd() != null ? prepared.periodEnd() : LocalDate.now();
        if (period != null && period.to().isAfter(date)) {
            err.printf("practice-check: the period %s ends after the as-of date %s; choose --as-of on or after its end%n",
                    period.text(), date);
            return ExitCodes.USAGE;
        }
        StreamingAuditor auditor = new StreamingAuditor(ruleBook, policy, RecommendationCatalogue.bundled(),
                new StreamingAuditor.Settings(date, threads, top, maxRejections, pseudonymiser,
                        period != null ? period : Period.yearTo(date), dueWithin,
                        StreamingAuditor.Settings.DEFAULT_DUE_SOON_LIMIT));
        List<CaseInput> cases = prepared.inputs();
        RecordSink recorder = recording == null ? RecordSink.NONE : recording.sink();
        LastAudit last = recording == null ? null : recording.lastAudit(population, ruleOptions.ruleSources(), policy);
        AuditSummary summary;
        if (format == Format.xlsx) {
            summary = writeWorkbook(auditor, cases, date.plusDays(dueWithin), recorder, last);
        } else {
            summary = writeReport(auditor, cases, date, recorder, last);
        }
        if (summary.recordsRead() == 0) {
            return EmptyRun.report(err, "audited", inputs, returns.withReturns(annexAWorkbooks));
        }
        if (recording != null) {
            recording.record(summary, cases, ruleOptions.ruleSources(), policy, population, pseudonymiser,
                    Clock.systemUTC(), err);
        }
        if (summary.rejected() > 0) {
            err.printf("practice-check: %d of %d records rejected (%s)%n", summary.rejected(), summary.recordsRead(),
                    format == Format.csv && rows == Rows.indicators
                            ? "the indicators CSV does not list them: --rows attention or another format does"
                            : "listed in the report");
            return ExitCodes.INPUT_ERROR;
        }
        boolean shortfall = summary.outcomes().get(Outcome.NOT_MET) > 0 || summary.outcomes().get(Outcome.ERROR) > 0;
        return shortfall ? ExitCodes.SOME_NOT_MET : ExitCodes.ALL_MET;
    }

    /** An Excel workbook, to --out or standard output. */
    private AuditSummary writeWorkbook(StreamingAuditor auditor, List<CaseInput> cases, LocalDate dueSoonUntil,
                                       RecordSink recorder, LastAudit last) throws IOException, InterruptedException {
        try (OutputStream report = out != null ? Files.newOutputStream(out) : CloseShieldOutputStream.wrap(System.out);
             AuditXlsxWriter workbook = new AuditXlsxWriter(report, dueSoonUntil);
             ProgressBar progress = ProgressBar.startIfTerminal(!noProgress, auditor::progress)) {
            AuditSummary summary = auditor.audit(cases, batch -> {
                workbook.accept(batch);
                recorder.accept(batch);
            });
            progress.close();
            workbook.finish(summary, last);
            return summary;
        }
    }

    private AuditSummary writeReport(StreamingAuditor auditor, List<CaseInput> cases, LocalDate date, RecordSink recorder,
                                     LastAudit last) throws IOException, InterruptedException {
        AuditSummary summary;
        try (Writer report = openReport();
             ProgressBar progress = ProgressBar.startIfTerminal(!noProgress, auditor::progress)) {
            if (format == Format.csv && rows == Rows.indicators) {
                summary = auditor.audit(cases, recorder);
                progress.close();
                IndicatorCsvWriter.write(summary.indicators(), last, report);
            } else if (format == Format.csv) {
                AuditCsvWriter csv = new AuditCsvWriter(report, AuditCsvWriter.Rows.valueOf(rows.name().toUpperCase(Locale.ROOT)),
                        date.plusDays(dueWithin));
                summary = auditor.audit(cases, batch -> {
                    csv.accept(batch);
                    recorder.accept(batch);
                });
                csv.close();
            } else {
                summary = auditor.audit(cases, recorder);
                progress.close();
                writeSummary(summary, last, report);
            }
        }
        return summary;
    }

    private void writeSummary(AuditSummary summary, LastAudit last, Writer report) throws IOException {
        switch (format) {
            case json -> new AuditJsonWriter().write(summary, last, report);
            case html -> new AuditHtmlWriter().write(summary, last, report);
            case md -> new AuditMarkdownWriter().write(summary, last, report);
            default -> new AuditTextWriter().write(summary, last, report);
        }
    }

    private Writer openReport() throws IOException {
        if (out != null) {
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        }
        return new BufferedWriter(CloseShieldWriter.wrap(spec.commandLine().getOut()), 1 << 16);
    }

    private byte[] pseudonymKey() throws IOException {
        if (keyFile != null) {
            byte[] key = Files.readAllBytes(keyFile);
            return key.length == 0 ? null : key;
        }
        String fromEnvironment = System.getenv(KEY_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.getBytes(StandardCharsets.UTF_8);
    }
}
