package uk.practicecheck.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.practicecheck.model.CaseSummary;

/**
 * Writes case summaries in the JSON case summary format, as {@link CaseSummaryReader} reads
 * them: dates as YYYY-MM-DD, empty lists and absent values left out.
 */
public final class CaseSummaryWriter {
    private final ObjectWriter writer;

    public CaseSummaryWriter() {
        this.writer = new CaseSummaryReader().mapper().copy()
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writerFor(CaseSummary.class);
    }

    /** One case on one line: newline-delimited JSON. */
    public void writeLine(CaseSummary summary, Writer out) throws IOException {
        out.write(json(summary));
        out.write('\n');
    }

    /** One case as JSON on one line (no line end), as {@link #writeLine} writes it. */
    public String json(CaseSummary summary) throws JsonProcessingException {
        return writer.writeValueAsString(summary);
    }

    /** The cases as one JSON array, one case a line. */
    public void writeArray(List<CaseSummary> summaries, Writer out) throws IOException {
        out.write("[\n");
        for (int i = 0; i < summaries.size(); i++) {
            out.write(json(summaries.get(i)));
            out.write(i + 1 < summaries.size() ? ",\n" : "\n");
        }
        out.write("]\n");
    }
}
