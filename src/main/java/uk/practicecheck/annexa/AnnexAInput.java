package uk.practicecheck.annexa;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Supplier;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.io.CaseSummaryWriter;
import uk.practicecheck.io.RawRecord;
import uk.practicecheck.io.ReadResult;

/**
 * An Annex A workbook as an input to {@code check}, {@code audit} and the web server. Each child
 * read from it becomes the JSON line {@code convert} writes for it, which the auditor then reads
 * like any case file, so a workbook gives exactly the findings of its converted JSON, whoever
 * reads it. A child (or a workbook) that could not be read is a rejection in its place; records
 * keep the workbook's numbering, so they match what {@code convert} reports. The warnings made
 * in reading a child (such as lists disagreeing on the date of birth), which the JSON has no
 * place for, go with its record, so the reports show them as they show the JSON's own.
 */
public final class AnnexAInput {
    private AnnexAInput() {
    }

    /**
     * The input, reading the workbook only when the auditor comes to it, so that its cases are
     * built while the audit runs rather than before.
     *
     * @param name    the name its records are reported under, as the reading names them
     * @param reading reads the workbook; called once each time the input is read
     */
    public static CaseInput of(String name, Supplier<AnnexAWorkbook.Result> reading) {
        CaseSummaryWriter writer = new CaseSummaryWriter();
        Iterable<RawRecord> records = () -> {
            Iterator<ReadResult> read = reading.get().records().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return read.hasNext();
                }

                @Override
                public RawRecord next() {
                    return record(read.next(), writer);
                }
            };
        };
        return CaseInput.ofRecords(name, records);
    }

    private static RawRecord record(ReadResult read, CaseSummaryWriter writer) {
        if (read instanceof ReadResult.Ok ok) {
            try {
                return new RawRecord.Text(ok.parsed().source(),
                        writer.json(ok.parsed().summary()).getBytes(StandardCharsets.UTF_8), ok.parsed().warnings());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RawRecord.Unreadable(((ReadResult.Rejected) read).rejection());
    }
}
