package uk.practicecheck.io;

/** A record read: either a case ready to evaluate or the reason it was rejected. */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Rejected {

    record Ok(ParsedCase parsed) implements ReadResult {
    }

    record Rejected(Rejection rejection) implements ReadResult {
    }
}
