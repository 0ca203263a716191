package uk.practicecheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code practice-check} command and its subcommands. */
@Command(name = "practice-check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks children's social care case records against the recommendations Ofsted inspectors made.",
        subcommands = {CheckCommand.class, AuditCommand.class, GenerateCommand.class, RulesCommand.class,
            ConvertCommand.class, GenerateAnnexACommand.class, ServeCommand.class, IndicatorsCommand.class,
            HistoryCommand.class, UsersCommand.class,
            CommandLine.HelpCommand.class})
public final class PracticeCheck {

    /** What is said when memory runs out, wherever it happens. */
    static final String OUT_OF_MEMORY = "practice-check: ran out of memory, so the run was stopped and its results"
            + " are incomplete; give Java more memory (for example java -Xmx4g -jar practice-check.jar …) or split"
            + " the input";

    /**
     * Runs the command and exits with its code. Standard output is flushed before exiting, so that
     * output piped to another program is never cut short; running out of memory anywhere ends with
     * exit code 70 and a sentence saying so.
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = run(out, err, args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err);
        } finally {
            out.flush();
        }
        err.flush();
        System.exit(code);
    }

    private static int outOfMemory(PrintWriter err) {
        err.println(OUT_OF_MEMORY);
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Whether running out of memory is what went wrong, however the exception was wrapped. */
    private static boolean outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command line with the given output streams, returning the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PracticeCheck())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, cmd, parseResult) -> {
                    if (outOfMemory(exception)) {
                        return outOfMemory(cmd.getErr());
                    }
                    cmd.getErr().println("practice-check: internal error, please report it: " + exception);
                    return ExitCodes.INTERNAL_ERROR;
                });
        return commandLine.execute(args);
    }
}
