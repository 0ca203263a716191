package uk.practicecheck.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.practicecheck.annexa.AnnexAWorkbook;
import uk.practicecheck.io.CaseSummaryWriter;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;

/** {@code convert --annex-a FILE.xlsx}: an Annex A workbook as case summary JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert an Ofsted Annex A child-level workbook into case summaries (one a child), "
                + "which check and audit read with the same findings as the workbook itself.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every child converted",
            "2:usage error",
            "3:at least one child (or the workbook) could not be read (the rest were converted), or no child was found",
            "70:internal error (a bug: please report it)"})
final class ConvertCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { ndjson, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--annex-a", required = true, paramLabel = "FILE",
            description = "The Annex A workbook (.xlsx) to convert.")
    Path workbook;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson (one case a line) or json (one array). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of to standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        AnnexAWorkbook.Result result = AnnexAWorkbook.read(workbook);
        List<CaseSummary> cases = new ArrayList<>();
        int rejected = 0;
        int withWarnings = 0;
        for (ReadResult record : result.records()) {
            if (record instanceof ReadResult.Ok ok) {
                cases.add(ok.parsed().summary());
                withWarnings += ok.parsed().warnings().isEmpty() ? 0 : 1;
            } else if (record instanceof ReadResult.Rejected no) {
                rejected++;
                err.println("practice-check: rejected " + no.rejection().describe());
            }
        }
        result.notes().forEach(n -> err.println("practice-check: note: " + n));
        CaseSummaryWriter writer = new CaseSummaryWriter();
        try (Writer target = open()) {
            if (format == Format.json) {
                writer.writeArray(cases, target);
            } else {
                for (CaseSummary summary : cases) {
                    writer.writeLine(summary, target);
                }
            }
        }
        err.println("practice-check: converted " + cases.size() + (cases.size() == 1 ? " case" : " cases")
                + (rejected == 0 ? "" : ", rejected " + rejected));
        if (withWarnings > 0) {
            // The case summary format has no place for them; check and audit report them case by case.
            err.println("practice-check: " + withWarnings + (withWarnings == 1 ? " case has" : " cases have")
                    + " warnings about what the workbook gives and the JSON cannot hold, or lists that disagree;"
                    + " 'check --annex-a' shows them case by case");
        }
        err.flush();
        if (cases.isEmpty() && rejected == 0) {
            err.println("practice-check: nothing was converted: no child was found in " + workbook + ".");
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        return rejected == 0 ? ExitCodes.ALL_MET : ExitCodes.INPUT_ERROR;
    }

    private Writer open() throws IOException {
        if (out == null) {
            return CloseShieldWriter.wrap(spec.commandLine().getOut());
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
    }
}
