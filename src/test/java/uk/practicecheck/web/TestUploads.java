package uk.practicecheck.web;

import java.time.LocalDate;
import java.util.List;
import uk.practicecheck.io.CaseInput;

/** The auditor inputs the server makes of uploaded files, for comparing its reports with the CLI's. */
final class TestUploads {
    private TestUploads() {
    }

    static List<CaseInput> inputs(List<Upload> files) {
        return CaseRecords.prepare(new Uploads.Submission(files, null, LocalDate.now()), Long.MAX_VALUE).inputs();
    }
}
