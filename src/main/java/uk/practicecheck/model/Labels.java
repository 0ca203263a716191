package uk.practicecheck.model;

import java.util.Locale;
import org.apache.commons.lang3.StringUtils;

/** Turns enum constants into the words a report uses. */
public final class Labels {
    private Labels() {
    }

    /** {@code CHILD_IN_NEED} becomes "child in need"; null becomes "unspecified". */
    public static String humanise(Enum<?> value) {
        if (value == null) {
            return "unspecified";
        }
        return StringUtils.replaceChars(value.name().toLowerCase(Locale.ROOT), '_', ' ');
    }

    /**
     * A case summary field path in words, for a sentence: {@code missingEpisodes} becomes "missing
     * episodes", {@code missingEpisodes.returnInterviewHeld} "missing episodes (return interview held)".
     */
    public static String field(String path) {
        String[] parts = path.split("\\.");
        StringBuilder words = new StringBuilder(camelCaseWords(parts[0]));
        if (parts.length > 1) {
            words.append(" (");
            for (int i = 1; i < parts.length; i++) {
                words.append(i > 1 ? ", " : "").append(camelCaseWords(parts[i]));
            }
            words.append(')');
        }
        return words.toString();
    }

    private static String camelCaseWords(String name) {
        return String.join(" ", StringUtils.splitByCharacterTypeCamelCase(name)).toLowerCase(Locale.ROOT);
    }
}
