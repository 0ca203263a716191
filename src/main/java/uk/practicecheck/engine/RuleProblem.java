package uk.practicecheck.engine;

import java.util.Comparator;

/**
 * Something wrong with a rule or fixture file, located as precisely as the compiler allows.
 *
 * @param file    the file, as a reader would open it
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 * @param warning true when it is advice rather than an error: the rule still compiles and runs
 */
public record RuleProblem(String file, int line, int column, String message, boolean warning) {

    /** Orders problems by file, then position, then message. */
    public static final Comparator<RuleProblem> BY_POSITION = Comparator.comparing(RuleProblem::file)
            .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)
            .thenComparing(RuleProblem::message);

    /** An error: the rule book cannot be used while it stands. */
    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, message, false);
    }

    public static RuleProblem warning(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, message, true);
    }

    /** {@code file:line:column: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + (warning ? "warning: " : "") + message;
    }
}
