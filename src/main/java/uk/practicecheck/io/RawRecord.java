package uk.practicecheck.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One record as it comes off the input, before it is turned into a case: reading the input
 * (one thread) is kept apart from the costlier binding and checking (every core).
 */
public sealed interface RawRecord permits RawRecord.Text, RawRecord.Tree, RawRecord.Unreadable {

    RecordSource source();

    /**
     * The JSON text of one record, such as a line of newline-delimited JSON or a whole file.
     *
     * @param warnings what is already known to have been passed over in making the JSON (such as
     *                 a date of birth two lists of an Annex A workbook disagree on), reported
     *                 before anything reading the JSON finds
     */
    record Text(RecordSource source, byte[] json, List<String> warnings) implements RawRecord {
        public Text {
            warnings = List.copyOf(warnings);
        }

        /** JSON text with nothing known about it beforehand. */
        public Text(RecordSource source, byte[] json) {
            this(source, json, List.of());
        }
    }

    /** One element of a JSON array, already tokenised. */
    record Tree(RecordSource source, JsonNode json) implements RawRecord {
    }

    /** A record that could not even be separated from its neighbours. */
    record Unreadable(Rejection rejection) implements RawRecord {
        @Override
        public RecordSource source() {
            return rejection.source();
        }
    }
}
