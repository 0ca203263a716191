package uk.practicecheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.practicecheck.annexa.AnnexAWorkbookWriter;
import uk.practicecheck.annexa.SyntheticAnnexA;

/** {@code generate-annex-a}: a synthetic Annex A workbook to try the tool on. */
@Command(name = "generate-annex-a", mixinStandardHelpOptions = true,
        description = "Write a synthetic Annex A child-level workbook of invented children. "
                + "The same options always give the same children.")
final class GenerateAnnexACommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--children", defaultValue = "200", paramLabel = "N", description = "How many children. Default: ${DEFAULT-VALUE}.")
    int children;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--extract-date", defaultValue = "2026-03-31", paramLabel = "DATE", converter = IsoDateConverter.class,
            description = "The day the data was extracted: nothing is dated later. Default: ${DEFAULT-VALUE}.")
    LocalDate extractDate;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .xlsx file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (children < 1) {
            spec.commandLine().getErr().println("practice-check: --children must be at least 1");
            return ExitCodes.USAGE;
        }
        AnnexAWorkbookWriter.write(out, SyntheticAnnexA.sheets(children, seed, extractDate));
        spec.commandLine().getErr().println("practice-check: wrote " + children + " synthetic children to " + out);
        return ExitCodes.ALL_MET;
    }
}
