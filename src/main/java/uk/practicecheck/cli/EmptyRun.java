package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run that read no record at all (an empty array, a folder without case files, empty standard
 * input) is not a success: it says so in one sentence and exits {@link ExitCodes#INPUT_ERROR}.
 */
final class EmptyRun {
    private EmptyRun() {
    }

    /**
     * Says that nothing was read from the inputs named and gives the exit code.
     *
     * @param done      what did not happen, such as "checked"
     * @param inputs    the inputs as named on the command line
     * @param workbooks the workbooks named with {@code --annex-a}, and the returns with {@code --ssda903} and {@code --cin-census}
     */
    static int report(PrintWriter err, String done, List<String> inputs, List<Path> workbooks) {
        List<String> named = new ArrayList<>(inputs);
        workbooks.forEach(w -> named.add(w.toString()));
        String where = named.stream().map(n -> "-".equals(n) ? "standard input" : n).reduce((a, b) -> a + ", " + b)
                .orElse("the input");
        err.println("practice-check: nothing was " + done + ": no case record was found in " + where
                + " (an empty array, a folder with no .json, .ndjson or .jsonl files, empty input"
                + (workbooks.isEmpty() ? "" : ", or a workbook or return with no child in it") + ").");
        err.flush();
        return ExitCodes.INPUT_ERROR;
    }
}
