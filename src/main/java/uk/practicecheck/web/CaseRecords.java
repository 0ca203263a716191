package uk.practicecheck.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.practicecheck.io.ReadResultsInput;
import uk.practicecheck.annexa.AnnexAWorkbook;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;

/**
 * Turns uploaded files into inputs the auditor reads, straight from memory. A workbook is read as
 * {@code check --annex-a} reads one ({@link ReadResultsInput}), from the uploaded bytes.
 */
final class CaseRecords {
    private CaseRecords() {
    }

    static List<CaseInput> inputs(List<Upload> files) {
        List<CaseInput> inputs = new ArrayList<>();
        for (Upload file : files) {
            switch (file.kind()) {
                case JSON, NDJSON -> inputs.add(new CaseInput(file.name(), file.bytes().length,
                        file.kind() == Upload.Kind.NDJSON, () -> new ByteArrayInputStream(file.bytes())));
                case WORKBOOK -> inputs.add(ReadResultsInput.of(file.name(), () -> workbook(file).records()));
                default -> throw new WebProblem(415, file.name() + " is not a case file: " + advice(file.name()));
            }
        }
        return inputs;
    }

    /**
     * The workbook's children. A workbook in which no child was found (no sheet named as an Annex A
     * list, or none with a child id heading) is one rejection saying why, from the reader's notes.
     */
    private static AnnexAWorkbook.Result workbook(Upload file) {
        AnnexAWorkbook.Result read = AnnexAWorkbook.read(file.name(), new ByteArrayInputStream(file.bytes()));
        if (!read.records().isEmpty()) {
            return read;
        }
        String why = read.notes().isEmpty() ? "it has no sheets" : String.join("; ", read.notes());
        return new AnnexAWorkbook.Result(List.of(new ReadResult.Rejected(new Rejection(new RecordSource(file.name(), 1),
                null, "no child was found in the workbook (is it an Annex A child-level workbook?): " + why))),
                read.notes(), read.notHeld());
    }

    private static String advice(String name) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            return "it is an Excel 97-2003 workbook; open it in Excel and save it as an .xlsx workbook.";
        }
        return "upload case summaries as .json or .ndjson, or an Annex A workbook as .xlsx.";
    }
}
