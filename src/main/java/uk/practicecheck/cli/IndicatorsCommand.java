package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorDefinition;
import uk.practicecheck.indicator.IndicatorDocs;

/** {@code indicators}: lists the declared cohort indicators; {@code indicators docs} writes their documentation. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "List the cohort indicators audit reports first, and where each comes from.",
        subcommands = IndicatorsCommand.Docs.class)
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (IndicatorDefinition d : IndicatorCatalogue.bundled().definitions()) {
            out.printf("%-36s %s%n%-36s   from %s; %s%n", d.id(), d.title(), "", d.basis(),
                    d.figures().size() == 1 ? "1 inspectors' figure" : d.figures().size() + " inspectors' figures");
        }
        out.flush();
        return ExitCodes.ALL_MET;
    }

    /** {@code indicators docs}: regenerates docs/indicators.md from the definitions. */
    @Command(name = "docs", mixinStandardHelpOptions = true,
            description = "Write the indicators' documentation (Markdown) from their definitions.")
    static final class Docs implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "docs/indicators.md",
                description = "Where to write it; '-' for standard output. Default: ${DEFAULT-VALUE}.")
        String output;

        @Override
        public Integer call() throws Exception {
            String markdown = IndicatorDocs.markdown(IndicatorCatalogue.bundled());
            if ("-".equals(output)) {
                spec.commandLine().getOut().print(markdown);
                spec.commandLine().getOut().flush();
            } else {
                Path file = Path.of(output);
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, markdown, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("Wrote " + file + " ("
                        + IndicatorCatalogue.bundled().definitions().size() + " indicators).");
            }
            return ExitCodes.ALL_MET;
        }
    }
}
