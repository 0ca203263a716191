package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Cases read from another source (an Annex A workbook, a statutory return, several sources joined)
 * as an input to {@code check}, {@code audit} and the web server: each case becomes the JSON line
 * {@code convert} writes for it, which the auditor reads like any case file, so a source gives
 * exactly the findings of its converted JSON, whoever reads it. A case that could not be read is a
 * rejection in its place, numbered as the reading numbered it. The warnings made in reading a case
 * (such as two lists disagreeing on the date of birth), which the JSON has no place for, go with its
 * record, so the reports show them as they show the JSON's own.
 */
public final class ReadResultsInput {
    private ReadResultsInput() {
    }

    /**
     * The input, calling {@code reading} only when the auditor comes to it, so that its cases are
     * built while the audit runs rather than before.
     *
     * @param name    the name its records are reported under
     * @param reading the cases and rejections, in order
     */
    public static CaseInput of(String name, Supplier<List<ReadResult>> reading) {
        CaseSummaryWriter writer = new CaseSummaryWriter();
        Iterable<RawRecord> records = () -> {
            Iterator<ReadResult> read = reading.get().iterator();
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
