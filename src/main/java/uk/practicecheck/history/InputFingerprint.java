package uk.practicecheck.history;

/**
 * One input of a recorded run: its name (pseudonymised when the audit was) and a SHA-256 of its
 * content, so a later reader can tell whether two runs read the same files.
 *
 * @param sha256    hex SHA-256 of the file's bytes, or null when it could not be read again (standard input)
 * @param sizeBytes the file's size, or null with {@code sha256}
 */
public record InputFingerprint(String name, String sha256, Long sizeBytes) {
}
