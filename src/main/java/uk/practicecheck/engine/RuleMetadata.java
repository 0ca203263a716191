package uk.practicecheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.model.LegalStatusType;

/**
 * Reads a rule's {@code @} metadata. The executable model hands string values back with their
 * DRL quotes still on ({@code "\"x\""}), so every value is normalised here, once.
 */
final class RuleMetadata {
    static final List<String> REQUIRED = List.of("id", "title", "severity", "since");

    private RuleMetadata() {
    }

    /** A metadata value as plain text: surrounding quotes removed, escaped quotes restored; null if absent. */
    static String text(Map<String, Object> metadata, String key) {
        Object raw = metadata.get(key);
        if (raw == null) {
            return null;
        }
        String value = raw.toString().strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\'", "'");
        }
        return StringUtils.normalizeSpace(value);
    }

    /** Problems with a rule's metadata, as messages; empty when it is complete. */
    static List<String> problems(Map<String, Object> metadata) {
        List<String> problems = new ArrayList<>();
        for (String key : REQUIRED) {
            if (StringUtils.isBlank(text(metadata, key))) {
                problems.add("missing @" + key + " metadata");
            }
        }
        if (list(metadata, "recommendation").isEmpty() && list(metadata, "statutory").isEmpty()) {
            problems.add("missing @recommendation metadata: cite the recommendations that ask for what the rule checks,"
                    + " or, where none does, @statutory with the policy timescales or duties whose statutory source it cites");
        }
        String severity = text(metadata, "severity");
        if (StringUtils.isNotBlank(severity) && severity(severity) == null) {
            problems.add("@severity must be one of " + Arrays.toString(Severity.values()) + ", not '" + severity + "'");
        }
        String id = text(metadata, "id");
        if (StringUtils.isNotBlank(id) && !RuleIds.isWellFormed(id)) {
            problems.add("@id must be lowercase 'area.kebab-name', such as 'missing.return-interview-offered', not '" + id + "'");
        }
        for (String status : list(metadata, "population")) {
            if (status(status) == null) {
                problems.add("@population names legal statuses, " + Arrays.toString(LegalStatusType.values())
                        + ", not '" + status + "'");
            }
        }
        if (!list(metadata, "population").isEmpty() && list(metadata, "judges").isEmpty()) {
            problems.add("@population says whom a rule's @judges collection matters to: give @judges too");
        }
        return problems;
    }

    /** Advice on a rule's metadata that does not stop it running. */
    static List<String> warnings(Map<String, Object> metadata) {
        if (StringUtils.isBlank(text(metadata, "appliesTo"))) {
            return List.of("no @appliesTo metadata: reports cannot say which cases the rule applies to when it does not apply");
        }
        return List.of();
    }

    static RuleInfo toRuleInfo(Map<String, Object> metadata, String file) {
        return new RuleInfo(text(metadata, "id"), text(metadata, "title"), list(metadata, "recommendation"),
                severity(text(metadata, "severity")), text(metadata, "since"), text(metadata, "appliesTo"), file,
                list(metadata, "judges"), population(metadata), list(metadata, "statutory"));
    }

    /** The legal statuses named by {@code @population}; unknown names are reported by {@link #problems}. */
    private static List<LegalStatusType> population(Map<String, Object> metadata) {
        return list(metadata, "population").stream().map(RuleMetadata::status).filter(Objects::nonNull).toList();
    }

    private static LegalStatusType status(String name) {
        try {
            return LegalStatusType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A comma- or space-separated metadata value as a list; empty when absent. */
    private static List<String> list(Map<String, Object> metadata, String key) {
        String value = text(metadata, key);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[,\\s]+")).filter(StringUtils::isNotBlank).toList();
    }

    private static Severity severity(String value) {
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
