package uk.practicecheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code practice-check} command and its subcommands. */
@Command(name = "practice-check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks children's social care case records against the recommendations Ofsted inspectors made.",
        subcommands = {CheckCommand.class, AuditCommand.class, GenerateCommand.class, RulesCommand.class,
            ConvertCommand.class, GenerateAnnexACommand.class, ServeCommand.class, IndicatorsCommand.class,
            HistoryCommand.class,
            CommandLine.HelpCommand.class})
public final class PracticeCheck {

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams, returning the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PracticeCheck())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    cmd.getErr().println("practice-check: internal error, please report it: " + exception);
                    return ExitCodes.INTERNAL_ERROR;
                });
        return commandLine.execute(args);
    }
}
