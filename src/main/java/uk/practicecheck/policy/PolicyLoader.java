package uk.practicecheck.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import uk.practicecheck.calendar.WorkingDays;
import uk.practicecheck.names.NearestName;

/**
 * Reads the statutory default policy shipped with the tool and, optionally, a local
 * authority's overrides. An override file has the same shape as {@code default-policy.json};
 * it may change any timescale's amount, unit and source, and any duty's source (and, for a duty
 * about plans, the kinds of plan it covers; for one judged at visits, which visits it judges). It
 * may add timescales and duties for local rules, each
 * with a description and a source; a key the defaults lack without them is taken for a misspelling
 * and refused, naming the nearest known key, rather than silently ignored.
 */
public final class PolicyLoader {
    private static final String DEFAULTS = "default-policy.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PolicyLoader() {
    }

    /** The document shape of a policy file. */
    record PolicyFile(String name, Map<String, Timescale> timescales, Map<String, Duty> duties) {
    }

    public static Policy defaults() {
        PolicyFile file = readDefaults();
        return new Policy(file.name(), file.timescales(), file.duties(), WorkingDays.englandAndWales());
    }

    /** The defaults, with the overrides in {@code overrideFile} applied when there is one (null: none). */
    public static Policy load(Path overrideFile) throws PolicyException {
        return overrideFile == null ? defaults() : withOverrides(overrideFile);
    }

    /** The defaults with the overrides in {@code overrideFile} applied. */
    public static Policy withOverrides(Path overrideFile) throws PolicyException {
        PolicyFile defaults = readDefaults();
        PolicyFile local;
        try {
            local = MAPPER.readValue(overrideFile.toFile(), PolicyFile.class);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new PolicyException(overrideFile + ": " + reason, e);
        }
        Map<String, Timescale> merged = new LinkedHashMap<>(defaults.timescales());
        if (local.timescales() != null) {
            for (Map.Entry<String, Timescale> entry : local.timescales().entrySet()) {
                Timescale standard = merged.get(entry.getKey());
                Timescale override = entry.getValue();
                if (standard == null) {
                    merged.put(entry.getKey(), newEntry(overrideFile, "timescale", entry.getKey(), merged.keySet(),
                            override.description(), override.source(), override));
                } else {
                    merged.put(entry.getKey(), new Timescale(override.amount(), override.unit(),
                            Objects.requireNonNullElse(override.description(), standard.description()),
                            Objects.requireNonNullElse(override.source(), localStandard(overrideFile))));
                }
            }
        }
        Map<String, Duty> duties = new LinkedHashMap<>(defaults.duties());
        if (local.duties() != null) {
            for (Map.Entry<String, Duty> entry : local.duties().entrySet()) {
                Duty standard = duties.get(entry.getKey());
                Duty override = entry.getValue();
                if (standard == null) {
                    duties.put(entry.getKey(), newEntry(overrideFile, "duty", entry.getKey(), duties.keySet(),
                            override.description(), override.source(), override));
                } else {
                    duties.put(entry.getKey(), new Duty(Objects.requireNonNullElse(override.description(), standard.description()),
                            Objects.requireNonNullElse(override.source(), localStandard(overrideFile)),
                            override.planTypes() != null ? override.planTypes() : standard.planTypes(),
                            override.window() != null ? override.window() : standard.window()));
                }
            }
        }
        String name = local.name() != null ? local.name() : defaults.name() + " with local overrides";
        return new Policy(name, merged, duties, WorkingDays.englandAndWales());
    }

    /**
     * A key the defaults do not have: a new timescale or duty for a local rule, which must say what it
     * is for and where it comes from; without both it is taken for a misspelt key and refused, naming
     * the nearest known key (or, with none near, all of them).
     */
    private static <T> T newEntry(Path overrideFile, String what, String key, Set<String> known,
                                  String description, String source, T entry) throws PolicyException {
        if (StringUtils.isBlank(description) || StringUtils.isBlank(source)) {
            String hint = NearestName.to(key, known).map(nearest -> " (did you mean '" + nearest + "'?)")
                    .orElse("; known " + what + " keys are " + known);
            throw new PolicyException(overrideFile + ": unknown " + what + " '" + key + "'" + hint
                    + "; a new " + what + " for a local rule needs a description and a source as well");
        }
        return entry;
    }

    private static String localStandard(Path overrideFile) {
        return "local standard (" + overrideFile.getFileName() + ")";
    }

    private static PolicyFile readDefaults() {
        try (InputStream in = Objects.requireNonNull(PolicyLoader.class.getResourceAsStream(DEFAULTS), DEFAULTS)) {
            return MAPPER.readValue(in, PolicyFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + DEFAULTS, e);
        }
    }

    /** A policy file that cannot be used. */
    public static final class PolicyException extends Exception {
        private static final long serialVersionUID = 1L;

        PolicyException(String message) {
            super(message);
        }

        PolicyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
