package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import java.nio.file.Path;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.audit.AuditedRecord;
import uk.practicecheck.audit.RecordSink;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.policy.Policy;
import uk.practicecheck.report.JsonReportWriter;
import uk.practicecheck.report.TextReportWriter;

/** {@code check FILE…}: a report per case, for a manager checking a few cases. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check case summaries (JSON) against the rules and print a report per case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record evaluated; no rule not met",
            "1:at least one rule not met (or a rule failed) for some case",
            "2:usage error",
            "3:at least one record could not be read (the rest are still reported), or none was found",
            "4:the rules or the policy could not be loaded",
            "70:internal error (a bug: please report it)"})
final class CheckCommand implements Callable<Integer> {

    /** Report formats of {@code check}. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Case summary JSON files (one case, an array of cases, or one case a line), folders of them, or - for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--annex-a", paramLabel = "FILE",
            description = "An Ofsted Annex A child-level workbook (.xlsx) to check, one case a child. Repeatable.")
    List<Path> annexAWorkbooks = new ArrayList<>();

    @Mixin
    ReturnOptions returns;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDateConverter.class, description = "Evaluate as of this date (YYYY-MM-DD); facts dated later are ignored. Default: today, or the end of the collection year of a return given.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    /** What each case's text report shows. */
    enum Show { applicable, all }

    @Option(names = "--show", paramLabel = "WHAT", defaultValue = "applicable",
            description = "Text report: applicable (rules that do not apply are only counted) or all. Default: ${DEFAULT-VALUE}.")
    Show show;

    @Option(names = "--due-within", paramLabel = "DAYS", defaultValue = "28",
            description = "Text report: what falls due in the next DAYS days is listed as due soon. Default: ${DEFAULT-VALUE}.")
    int dueWithin;

    @Mixin
    RuleOptions ruleOptions;

    private RecommendationCatalogue catalogue;
    private CaseSummaryReader reader;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty() && annexAWorkbooks.isEmpty() && !returns.any()) {
            throw new ParameterException(spec.commandLine(),
                    "Missing required parameter: 'FILE' (a case file, or --annex-a and a workbook, or --ssda903 or --cin-census and a return)");
        }
        if (returns.problem() != null) {
            throw new ParameterException(spec.commandLine(), returns.problem());
        }
        if (dueWithin < 0) {
            throw new ParameterException(spec.commandLine(), "--due-within must be 0 or more days");
        }
        RuleOptions.Loaded loaded = ruleOptions.load(err, this::prepareWhileTheRulesLoad);
        if (loaded == null) {
            return ExitCodes.CONFIGURATION_ERROR;
        }
        RuleBook ruleBook = loaded.ruleBook();
        Policy policy = loaded.policy();
        ReturnOptions.Prepared prepared = returns.prepare(CaseInput.expand(files, () -> System.in), annexAWorkbooks, err);
        List<CaseInput> inputs = prepared.inputs();
        LocalDate date = asOf != null ? asOf : prepared.periodEnd() != null ? prepared.periodEnd() : LocalDate.now();
        AuditResult result = new StreamingAuditor(ruleBook, policy, catalogue,
                new StreamingAuditor.Settings(date, Runtime.getRuntime().availableProcessors(), 0, 0, null), reader)
                .auditAll(inputs);

        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            new JsonReportWriter().write(result, out);
            out.println();
        } else {
            new TextReportWriter(show == Show.all ? TextReportWriter.Show.ALL : TextReportWriter.Show.APPLICABLE, dueWithin)
                    .write(result, out);
        }
        out.flush();
        result.rejections().forEach(r -> err.println("practice-check: rejected " + r.describe()));
        if (result.cases().isEmpty() && result.rejections().isEmpty()) {
            return EmptyRun.report(err, "checked", files, returns.withReturns(annexAWorkbooks));
        }
        return exitCode(result);
    }

    /**
     * Makes what a check needs besides the rules and the policy, while the rule book loads on its own
     * thread (most of a cold start): the recommendations, the case reader and the indicator definitions.
     */
    private void prepareWhileTheRulesLoad() {
        catalogue = RecommendationCatalogue.bundled();
        reader = new CaseSummaryReader();
        IndicatorCatalogue.bundled();
    }

    static int exitCode(AuditResult result) {
        if (!result.rejections().isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        boolean shortfall = result.cases().stream()
                .anyMatch(c -> c.count(Outcome.NOT_MET) > 0 || c.count(Outcome.ERROR) > 0);
        return shortfall ? ExitCodes.SOME_NOT_MET : ExitCodes.ALL_MET;
    }
}
