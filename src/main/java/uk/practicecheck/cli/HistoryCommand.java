package uk.practicecheck.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.practicecheck.history.ComparisonWriter;
import uk.practicecheck.history.History;
import uk.practicecheck.history.HistoryException;
import uk.practicecheck.history.HistoryLocation;
import uk.practicecheck.history.RunListWriter;
import uk.practicecheck.history.Trend;
import uk.practicecheck.history.TrendMetric;
import uk.practicecheck.history.TrendWriter;

/** {@code history}: the audits recorded with {@code audit --history}, their trends, and what changed between two. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the audits recorded with audit --history (oldest first); see the subcommands for trends "
                + "and for what changed between two audits.",
        subcommands = {HistoryCommand.Compare.class, HistoryCommand.TrendCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error", "4:the history could not be opened or read"})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Database database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    ListFormat format;

    enum ListFormat { text, json }

    @Override
    public Integer call() {
        return database.run(spec, null, (history, out) -> {
            if (format == ListFormat.json) {
                new RunListWriter().json(history.runs(), out);
            } else {
                new RunListWriter().text(database.location, history.runs(), out);
            }
        });
    }

    /** {@code --db}, shared by {@code history} and its subcommands, and how each opens it. */
    static final class Database {
        @Option(names = "--db", paramLabel = "DB",
                description = "The history: a file, or jdbc:postgresql://HOST/DATABASE (credentials from the environment). "
                        + "Default: $" + HistoryLocation.LOCATION_VARIABLE + ", or else ~/.local/share/practice-check/history.db.")
        String db;

        HistoryLocation location;

        interface Action {
            void write(History history, Writer out) throws IOException, HistoryException;
        }

        /** Opens the history, runs the action with the report writer, and turns failures into exit codes. */
        int run(CommandSpec spec, Path outFile, Action action) {
            PrintWriter err = spec.commandLine().getErr();
            try {
                location = HistoryLocation.resolve(db, System.getenv());
                try (History history = History.openExisting(location); Writer out = open(spec, outFile)) {
                    action.write(history, out);
                }
                return ExitCodes.ALL_MET;
            } catch (HistoryException e) {
                err.println("practice-check: " + e.getMessage());
                return ExitCodes.CONFIGURATION_ERROR;
            } catch (IOException e) {
                err.println("practice-check: cannot write the report: " + e.getMessage());
                return ExitCodes.CONFIGURATION_ERROR;
            }
        }

        private static Writer open(CommandSpec spec, Path outFile) throws IOException {
            if (outFile != null) {
                return Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
            }
            return new BufferedWriter(CloseShieldWriter.wrap(spec.commandLine().getOut()));
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"What changed between two recorded audits: cases newly not met, put right and still "
                    + "outstanding, and the rules and teams whose rates moved most. Any change of rule book, policy, "
                    + "population or pseudonym key between the runs is stated first.",
                "With no runs named, the latest run and the run before it of the same population; with one, that run "
                    + "and the run before it of its population."})
    static final class Compare implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Database database;

        @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_A", description = "The earlier run (or, alone, the later).")
        Long runA;

        @Parameters(index = "1", arity = "0..1", paramLabel = "RUN_B", description = "The later run.")
        Long runB;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "How many cases to list in each section, and rules and teams whose rates moved most. "
                        + "Default: ${DEFAULT-VALUE}.")
        int limit;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text or json. Default: ${DEFAULT-VALUE}.")
        ListFormat format;

        @Override
        public Integer call() {
            Long before = runB == null ? null : runA;
            Long after = runB == null ? runA : runB;
            return database.run(spec, null, (history, out) -> {
                var comparison = history.compare(before, after, limit);
                if (format == ListFormat.json) {
                    new ComparisonWriter().json(comparison, limit, out);
                } else {
                    new ComparisonWriter().text(comparison, limit, out);
                }
            });
        }
    }

    @Command(name = "trend", mixinStandardHelpOptions = true,
            description = "A compliance rate across the recorded audits of one population, oldest first: all rules "
                    + "together, one rule, or one team; or a cohort indicator. Points where the rule book or policy "
                    + "changed are marked.")
    static final class TrendCommand implements Callable<Integer> {
        enum Format { text, json, csv, html }

        @Spec
        CommandSpec spec;

        @Mixin
        Database database;

        static final class Metric {
            @Option(names = "--rule", paramLabel = "ID", description = "One rule's compliance.")
            String rule;

            @Option(names = "--team", paramLabel = "NAME", description = "One team's compliance.")
            String team;

            @Option(names = "--indicator", paramLabel = "ID",
                    description = "A cohort indicator (see the indicators command), over the whole cohort.")
            String indicator;
        }

        @ArgGroup(exclusive = true)
        Metric metric;

        @Option(names = "--population", paramLabel = "NAME",
                description = "Whose runs to follow. Default: the population of the latest run.")
        String population;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "${COMPLETION-CANDIDATES}; html is a page with a chart. Default: ${DEFAULT-VALUE}.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path out;

        @Override
        public Integer call() {
            TrendMetric chosen = metric == null ? TrendMetric.allRules()
                    : metric.rule != null ? TrendMetric.rule(metric.rule)
                    : metric.team != null ? TrendMetric.team(metric.team) : TrendMetric.indicator(metric.indicator);
            return database.run(spec, out, (history, writer) -> {
                history.requireRecorded(chosen, population);
                Trend trend = history.trend(chosen, population);
                TrendWriter trends = new TrendWriter();
                switch (format) {
                    case json -> trends.json(trend, writer);
                    case csv -> trends.csv(trend, writer);
                    case html -> trends.html(trend, writer);
                    default -> trends.text(trend, writer);
                }
            });
        }
    }
}
