package uk.practicecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.io.ReadResultsInput;
import uk.practicecheck.annexa.AnnexAWorkbook;
import uk.practicecheck.io.CaseInput;

/**
 * Lets {@code check} and {@code audit} read Annex A workbooks: each workbook is read (its notes
 * go to standard error) and becomes a {@link ReadResultsInput}, its children read as the JSON
 * {@code convert} writes, so the cases go through exactly the same reading and evaluation as
 * converted JSON. Children that could not be read are rejections in the report.
 */
final class AnnexAInputs {
    private AnnexAInputs() {
    }

    /** The inputs with each workbook's cases added after them. */
    static List<CaseInput> of(List<CaseInput> inputs, List<Path> workbooks, PrintWriter err) {
        List<CaseInput> all = new ArrayList<>(inputs);
        for (Path workbook : workbooks) {
            AnnexAWorkbook.Result read = AnnexAWorkbook.read(workbook);
            read.notes().forEach(n -> err.println("practice-check: note: " + workbook + ": " + n));
            all.add(ReadResultsInput.of(workbook.toString(), () -> read.records()));
        }
        return all;
    }
}
