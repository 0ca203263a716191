package uk.practicecheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.practicecheck.model.ConferenceType;
import uk.practicecheck.model.HealthAssessmentType;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.MissingFrom;
import uk.practicecheck.model.OversightType;
import uk.practicecheck.model.PermanenceOption;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.ReviewType;
import uk.practicecheck.model.VisitType;

/**
 * What a person reads must be plain English: no field path of the case format
 * ({@code missingEpisodes.returnInterviewHeld}, {@code reviews[1].date}), no enum constant of the
 * model ({@code ADOPTION}, {@code LOOKED_AFTER}), no template that forgot its grammar ("Not yet
 * review held", "Read 1 records").
 */
public final class PlainEnglish {
    /** A camelCase word (a field name), alone or in a dotted or indexed path. */
    private static final Pattern FIELD = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[a-z]+(\\[\\d+])?\\.[a-z]+[A-Za-z]*\\b");
    private static final Pattern ENUM = Pattern.compile("\\b(" + Stream.of(ConferenceType.values(), HealthAssessmentType.values(),
            LegalStatusType.values(), MissingFrom.values(), OversightType.values(), PermanenceOption.values(),
            PlacementType.values(), PlanType.values(), ReviewType.values(), VisitType.values())
            .flatMap(Stream::of).map(Enum::name).distinct().collect(Collectors.joining("|")) + ")\\b");
    private static final Pattern UNGRAMMATICAL = Pattern.compile(
            "\\bNot yet (?!due\\b|met\\b|done\\b)[a-z]+|\\b1 (records|cases|rules|days|occasions|duties|results)\\b"
                    + "|\\b(0|[2-9]|\\d{2,}) (record|case|rule|day|occasion|duty|result)\\b(?!-)");

    private PlainEnglish() {
    }

    /** Fails listing every field path, enum name or ungrammatical phrase in {@code text}, with its line. */
    public static void assertPlain(String what, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            for (Pattern pattern : List.of(FIELD, ENUM, UNGRAMMATICAL)) {
                Matcher m = pattern.matcher(lines[i]);
                while (m.find()) {
                    if (!isAllowed(m.group(), lines[i])) {
                        problems.add("line " + (i + 1) + ": \"" + m.group() + "\" in: " + lines[i].strip());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(what + " is not plain English (" + problems.size() + " problems):\n"
                    + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
        }
    }

    /** File names (samples/06-x.json) and rule ids (area.rule-name) shown as such are not field paths. */
    private static boolean isAllowed(String match, String line) {
        return match.matches("[a-z0-9-]+\\.(json|ndjson|jsonl|xlsx|md)") || line.contains(match + ".json")
                || line.contains(match + ".ndjson") || RULE_IDS.stream().anyMatch(id -> id.startsWith(match)
                && line.contains(id));
    }

    private static final Pattern RULE_ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
    private static final List<String> RULE_IDS = ruleIds();

    private static List<String> ruleIds() {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            List<String> ids = new ArrayList<>();
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher id = RULE_ID.matcher(Files.readString(drl));
                while (id.find()) {
                    ids.add(id.group(1));
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
