package uk.practicecheck.io;

/**
 * Where a record came from.
 *
 * @param file   the file name as given, or "-" for standard input
 * @param record the 1-based record number within the file (1 for a file holding one case)
 */
public record RecordSource(String file, long record) {

    @Override
    public String toString() {
        return file + " record " + record;
    }
}
