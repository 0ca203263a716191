package uk.practicecheck.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
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
 * {@code check --annex-a} reads one ({@link ReadResultsInput}), from the uploaded bytes; statutory
 * returns as {@code check --ssda903 --cin-census} read them ({@link ReturnUploads}), joined by child
 * id with any workbooks uploaded with them.
 */
final class CaseRecords {
    private CaseRecords() {
    }

    /**
     * The inputs of an upload, and the as-of date to judge them on.
     *
     * @param inputs the case files, then the returns and workbooks read together
     * @param asOf   as given; otherwise the end of the latest collection year of a return uploaded; otherwise today
     */
    record Prepared(List<CaseInput> inputs, LocalDate asOf) {
    }

    /** @param maxUnpacked the most an uploaded zip archive may unpack to */
    static Prepared prepare(Uploads.Submission submission, long maxUnpacked) {
        List<CaseInput> inputs = new ArrayList<>();
        List<Upload> workbooks = new ArrayList<>();
        ReturnUploads returns = new ReturnUploads(maxUnpacked);
        for (Upload file : submission.files()) {
            switch (file.kind()) {
                case JSON, NDJSON -> inputs.add(new CaseInput(file.name(), file.bytes().length,
                        file.kind() == Upload.Kind.NDJSON, () -> new ByteArrayInputStream(file.bytes())));
                case WORKBOOK -> workbooks.add(file);
                case RETURN_TABLE, ZIP, XML -> returns.add(file);
                default -> throw new WebProblem(415, file.name() + " is not a case file: " + advice(file.name()));
            }
        }
        if (!returns.any()) {
            workbooks.forEach(file -> inputs.add(ReadResultsInput.of(file.name(), () -> workbook(file).records())));
            return new Prepared(inputs, submission.asOf(null));
        }
        ReturnUploads.Joined joined = returns.read(workbooks);
        inputs.add(ReadResultsInput.of(joined.name(), joined::records));
        return new Prepared(inputs, submission.asOf(joined.periodEnd()));
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
        return "upload case summaries as .json or .ndjson, an Annex A workbook as .xlsx, an SSDA903 return's CSV"
                + " tables (.csv, or a .zip of them) or XML, or a Children in Need census (.xml).";
    }
}
