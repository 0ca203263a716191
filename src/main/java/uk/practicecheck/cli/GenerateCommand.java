package uk.practicecheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.practicecheck.generate.CaseGenerator;
import uk.practicecheck.cincensus.SyntheticCinCensus;
import uk.practicecheck.ssda903.SyntheticSsda903;

/**
 * {@code generate --cases N --seed S}: synthetic case summaries as newline-delimited JSON, or a
 * synthetic statutory return ({@code --format ssda903} and its XML form).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write realistic synthetic case summaries (newline-delimited JSON), or a synthetic SSDA903 return or Children in Need census, "
                + "for tests, benchmarks and demonstrations. The same seed always gives the same cases.")
final class GenerateCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("ndjson", "ssda903", "ssda903-xml", "cin-census");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ndjson",
            description = "ndjson (case summaries), ssda903 (an SSDA903 return's CSV tables, into the folder --out), "
                    + "ssda903-xml (the return's XML file) or cin-census (a Children in Need census XML file). "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--year-end", paramLabel = "DATE", defaultValue = "2026-03-31", converter = IsoDateConverter.class,
            description = "For a return: the last day of its collection year (31 March). Default: ${DEFAULT-VALUE}.")
    LocalDate yearEnd;

    @Option(names = "--previous-year-out", paramLabel = "PATH",
            description = "For a return: also write the previous year's return, cut from the same children's histories, here.")
    Path previousYearOut;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", paramLabel = "N", required = true, description = "How many cases.")
    long cases;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2026-06-01",
            description = "The day the extract is taken; nothing happens after it. Default: ${DEFAULT-VALUE} (fixed, so output never depends on today).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (cases < 0) {
            spec.commandLine().getErr().println("practice-check: --cases cannot be negative");
            return ExitCodes.USAGE;
        }
        if (!FORMATS.contains(format)) {
            spec.commandLine().getErr().println("practice-check: --format must be one of " + String.join(", ", FORMATS));
            return ExitCodes.USAGE;
        }
        if (!"ndjson".equals(format)) {
            return writeReturn();
        }
        CaseGenerator generator = new CaseGenerator(seed, asOf);
        if (out != null) {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                generator.writeNdjson(cases, writer);
            }
        } else {
            generator.writeNdjson(cases, new BufferedWriter(spec.commandLine().getOut(), 1 << 16));
        }
        return ExitCodes.ALL_MET;
    }

    private Integer writeReturn() throws IOException {
        if (out == null) {
            spec.commandLine().getErr().println("practice-check: a return needs --out (a folder for ssda903, a file otherwise)");
            return ExitCodes.USAGE;
        }
        if (cases > Integer.MAX_VALUE) {
            spec.commandLine().getErr().println("practice-check: --cases is too large for a return");
            return ExitCodes.USAGE;
        }
        if (yearEnd.getMonthValue() != 3 || yearEnd.getDayOfMonth() != 31) {
            spec.commandLine().getErr().println("practice-check: --year-end must be a 31 March");
            return ExitCodes.USAGE;
        }
        if ("cin-census".equals(format)) {
            if (previousYearOut != null) {
                spec.commandLine().getErr().println("practice-check: --previous-year-out is for an SSDA903 return");
                return ExitCodes.USAGE;
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                new SyntheticCinCensus((int) cases, seed).write(yearEnd, stream);
            }
            return ExitCodes.ALL_MET;
        }
        SyntheticSsda903 synthetic = new SyntheticSsda903((int) cases, seed, yearEnd);
        write(synthetic, yearEnd, out);
        if (previousYearOut != null) {
            write(synthetic, yearEnd.minusYears(1), previousYearOut);
        }
        return ExitCodes.ALL_MET;
    }

    private void write(SyntheticSsda903 synthetic, LocalDate end, Path target) throws IOException {
        if ("ssda903".equals(format)) {
            synthetic.writeCsv(end, target);
        } else {
            try (OutputStream stream = Files.newOutputStream(target)) {
                synthetic.writeXml(end, stream);
            }
        }
    }
}
