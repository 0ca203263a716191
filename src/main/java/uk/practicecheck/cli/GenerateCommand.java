package uk.practicecheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.practicecheck.generate.CaseGenerator;

/** {@code generate --cases N --seed S}: synthetic case summaries as newline-delimited JSON. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write realistic synthetic case summaries (newline-delimited JSON) for benchmarks and demonstrations. "
                + "The same seed always gives the same cases.")
final class GenerateCommand implements Callable<Integer> {

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
}
