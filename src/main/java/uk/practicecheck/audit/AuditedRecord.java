package uk.practicecheck.audit;

import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.io.Rejection;

/** A record once audited: a case's results or a rejection, with its position in the whole input (0-based). */
public sealed interface AuditedRecord permits AuditedRecord.Evaluated, AuditedRecord.Rejected {

    long position();

    record Evaluated(long position, CaseResult result) implements AuditedRecord {
    }

    record Rejected(long position, Rejection rejection) implements AuditedRecord {
    }
}
