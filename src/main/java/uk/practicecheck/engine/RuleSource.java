package uk.practicecheck.engine;

/**
 * The text of one DRL file.
 *
 * @param path   its path relative to the rules folder, with forward slashes, e.g. {@code missing/return-interview-offered.drl}
 * @param origin where the folder is: a directory on disk, or "bundled" for the rules inside the jar
 * @param text   the DRL
 */
public record RuleSource(String path, String origin, String text) {

    /** The path a reader can open: the file on disk, or the bundled path. */
    public String displayPath() {
        return "bundled".equals(origin) ? "rules/" + path : origin + "/" + path;
    }
}
