package uk.practicecheck.audit;

import java.io.IOException;
import java.util.List;

/**
 * Receives audited records as they are done, in input order, one batch at a time and from one
 * thread at a time: for outputs that list every record (such as CSV) without holding them all.
 */
@FunctionalInterface
public interface RecordSink {
    RecordSink NONE = batch -> { };

    void accept(List<AuditedRecord> batch) throws IOException;
}
