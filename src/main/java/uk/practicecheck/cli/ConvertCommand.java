package uk.practicecheck.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.practicecheck.annexa.AnnexAWorkbook;
import uk.practicecheck.io.CaseSummaryWriter;
import uk.practicecheck.io.ReadResult;

/** {@code convert --annex-a FILE.xlsx} or {@code --ssda903 PATH}: a workbook or statutory return as case summary JSON. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert an Ofsted Annex A child-level workbook, or a statutory return, into case summaries "
                + "(one a child), which check and audit read with the same findings as the source itself. "
                + "Sources given together are joined by child id.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every child converted",
            "2:usage error",
            "3:at least one child (or the workbook or return) could not be read (the rest were converted), or no child was found",
            "70:internal error (a bug: please report it)"})
final class ConvertCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { ndjson, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--annex-a", paramLabel = "FILE",
            description = "The Annex A workbook (.xlsx) to convert.")
    Path workbook;

    @Mixin
    ReturnOptions returns;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson (one case a line) or json (one array). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of to standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (workbook == null && !returns.any()) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--annex-a=FILE', '--ssda903=PATH' or '--cin-census=FILE'");
        }
        if (returns.problem() != null) {
            throw new ParameterException(spec.commandLine(), returns.problem());
        }
        List<ReadResult> records;
        if (returns.any()) {
            records = returns.read(workbook == null ? List.of() : List.of(workbook), err).records();
        } else {
            AnnexAWorkbook.Result result = AnnexAWorkbook.read(workbook);
            records = result.records();
            result.notes().forEach(n -> err.println("practice-check: note: " + n));
        }
        int converted = 0;
        int rejected = 0;
        int withWarnings = 0;
        CaseSummaryWriter writer = new CaseSummaryWriter();
        // Written as read, so a return's cases need not all be in memory at once.
        try (Writer target = open()) {
            if (format == Format.json) {
                target.write("[\n");
            }
            for (ReadResult record : records) {
                if (record instanceof ReadResult.Ok ok) {
                    if (format == Format.json) {
                        target.write(converted == 0 ? "" : ",\n");
                        target.write(writer.json(ok.parsed().summary()));
                    } else {
                        writer.writeLine(ok.parsed().summary(), target);
                    }
                    converted++;
                    withWarnings += ok.parsed().warnings().isEmpty() ? 0 : 1;
                } else if (record instanceof ReadResult.Rejected no) {
                    rejected++;
                    err.println("practice-check: rejected " + no.rejection().describe());
                }
            }
            if (format == Format.json) {
                target.write(converted == 0 ? "]\n" : "\n]\n");
            }
        }
        err.println("practice-check: converted " + converted + (converted == 1 ? " case" : " cases")
                + (rejected == 0 ? "" : ", rejected " + rejected));
        if (withWarnings > 0) {
            // The case summary format has no place for them; check and audit report them case by case.
            err.println("practice-check: " + withWarnings + (withWarnings == 1 ? " case has" : " cases have")
                    + " warnings about what the source gives and the JSON cannot hold, or lists that disagree;"
                    + " 'check' with the same options shows them case by case");
        }
        err.flush();
        if (converted == 0) {
            err.println("practice-check: nothing was converted: no child was " + (rejected == 0 ? "found in "
                    : "read from ") + (returns.any() ? "the returns given" : workbook) + ".");
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
