package uk.practicecheck.engine;

/**
 * Something wrong with a rule file, located as precisely as the compiler allows.
 *
 * @param file    the file, as a reader would open it
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {

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
        return where + ": " + message;
    }
}
