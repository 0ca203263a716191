package uk.practicecheck.io;

/**
 * An input record that could not be evaluated.
 *
 * @param source where it came from
 * @param field  the offending field as a path such as {@code reviews[1].date}, or null when the record as a whole is unreadable
 * @param reason what is wrong, in words
 */
public record Rejection(RecordSource source, String field, String reason) {

    /** One line: file, record, field and reason. */
    public String describe() {
        return source.file() + " (record " + source.record() + ")" + (field == null ? "" : ", field " + field) + ": " + reason;
    }
}
