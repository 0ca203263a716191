package uk.practicecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.practicecheck.annexa.AnnexAWorkbook;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.CaseSummaryWriter;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.Rejection;

/**
 * Lets {@code check} and {@code audit} read Annex A workbooks: each workbook is converted, as
 * {@code convert} would, into a temporary newline-delimited JSON input named after the workbook,
 * so the cases go through exactly the same reading and evaluation as converted JSON. Children
 * the workbook could not give are reported here, with the workbook's notes.
 */
final class AnnexAInputs {
    private final List<CaseInput> inputs = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private AnnexAInputs() {
    }

    /** The inputs with each workbook's cases added; notes and rejections go to {@code err}. */
    static AnnexAInputs of(List<CaseInput> inputs, List<Path> workbooks, PrintWriter err) throws IOException {
        AnnexAInputs all = new AnnexAInputs();
        all.inputs.addAll(inputs);
        CaseSummaryWriter writer = new CaseSummaryWriter();
        for (Path workbook : workbooks) {
            AnnexAWorkbook.Result read = AnnexAWorkbook.read(workbook);
            read.notes().forEach(n -> err.println("practice-check: note: " + workbook + ": " + n));
            Path ndjson = Files.createTempFile("practice-check-annex-a", ".ndjson");
            ndjson.toFile().deleteOnExit();
            try (Writer out = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
                for (ReadResult record : read.records()) {
                    if (record instanceof ReadResult.Ok ok) {
                        writer.writeLine(ok.parsed().summary(), out);
                    } else if (record instanceof ReadResult.Rejected rejected) {
                        all.rejections.add(rejected.rejection());
                        err.println("practice-check: rejected " + rejected.rejection().describe());
                    }
                }
            }
            all.inputs.add(new CaseInput(workbook.toString(), Files.size(ndjson), true, () -> Files.newInputStream(ndjson)));
        }
        return all;
    }

    List<CaseInput> inputs() {
        return inputs;
    }

    /** Children (or whole workbooks) that could not be read. */
    List<Rejection> rejections() {
        return rejections;
    }
}
