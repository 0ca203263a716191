package uk.practicecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Editing rule files in tests. */
final class LintHelpers {
    private LintHelpers() {
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError(from + " not in " + file);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
