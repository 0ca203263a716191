package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code practice-check} command and its subcommands. */
@Command(name = "practice-check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks children's social care case records against the recommendations Ofsted inspectors made.")
public final class PracticeCheck {

    /** The subcommands by name, in the order help lists them. */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("check", CheckCommand.class);
        byName.put("audit", AuditCommand.class);
        byName.put("generate", GenerateCommand.class);
        byName.put("rules", RulesCommand.class);
        byName.put("convert", ConvertCommand.class);
        byName.put("generate-annex-a", GenerateAnnexACommand.class);
        byName.put("serve", ServeCommand.class);
        byName.put("indicators", IndicatorsCommand.class);
        byName.put("history", HistoryCommand.class);
        byName.put("users", UsersCommand.class);
        byName.put("help", CommandLine.HelpCommand.class);
        return byName;
    }

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

    /**
     * The command line for these arguments. When they start with a subcommand's name (other than
     * help, which describes the others), only that subcommand is made: picocli reads each command's
     * options by reflection, and doing so for all of them was a fifth of the CPU of a cold check.
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new PracticeCheck());
        Class<?> named = args.length > 0 && !"help".equals(args[0]) ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            commandLine.addSubcommand(args[0], named);
        } else {
            SUBCOMMANDS.forEach(commandLine::addSubcommand);
        }
        return commandLine;
    }

    /** Runs the command line with the given output streams, returning the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(args)
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
