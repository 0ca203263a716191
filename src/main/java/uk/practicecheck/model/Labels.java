package uk.practicecheck.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/** Turns enum constants into the words a report uses. */
public final class Labels {
    /** Abbreviations in field names, spelt out as a manager would say them. */
    private static final Map<String, String> SPELT_OUT = Map.of("icpc", "initial child protection conference");

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
     * episodes", {@code missingEpisodes.returnInterviewHeld} "missing episodes (return interview held)"; abbreviations are spelt out:
     * {@code icpcRequired} becomes "initial child protection conference required".
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
        return Arrays.stream(StringUtils.splitByCharacterTypeCamelCase(name)).map(word -> word.toLowerCase(Locale.ROOT))
                .map(word -> SPELT_OUT.getOrDefault(word, word)).collect(Collectors.joining(" "));
    }
}
