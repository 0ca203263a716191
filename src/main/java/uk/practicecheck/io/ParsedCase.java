package uk.practicecheck.io;

import java.util.List;
import uk.practicecheck.model.CaseSummary;

/**
 * A record read successfully.
 *
 * @param source   where it came from
 * @param summary  the case
 * @param warnings what was passed over, such as unknown fields
 */
public record ParsedCase(RecordSource source, CaseSummary summary, List<String> warnings) {
}
