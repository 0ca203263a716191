package uk.practicecheck.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.io.CaseInput;

/** Turns uploaded files into inputs the auditor reads, straight from memory. */
final class CaseRecords {
    private CaseRecords() {
    }

    static List<CaseInput> inputs(List<Upload> files) {
        List<CaseInput> inputs = new ArrayList<>();
        for (Upload file : files) {
            switch (file.kind()) {
                case JSON, NDJSON -> inputs.add(new CaseInput(file.name(), file.bytes().length,
                        file.kind() == Upload.Kind.NDJSON, () -> new ByteArrayInputStream(file.bytes())));
                case WORKBOOK -> throw new WebProblem(415, file.name()
                        + " is a workbook; this build reads case summaries in JSON or NDJSON only.");
                default -> throw new WebProblem(415, file.name()
                        + " is not a case file: upload case summaries as .json or .ndjson.");
            }
        }
        return inputs;
    }
}
