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
import uk.practicecheck.calendar.WorkingDays;

/**
 * Reads the statutory default policy shipped with the tool and, optionally, a local
 * authority's overrides. An override file has the same shape as {@code default-policy.json};
 * it may change any timescale's amount, unit and source, but not invent new keys, so that a
 * misspelt key is an error rather than a silently ignored standard.
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
                if (standard == null) {
                    throw new PolicyException(overrideFile + ": unknown timescale '" + entry.getKey()
                            + "'; known timescales are " + merged.keySet());
                }
                Timescale override = entry.getValue();
                merged.put(entry.getKey(), new Timescale(override.amount(), override.unit(),
                        Objects.requireNonNullElse(override.description(), standard.description()),
                        Objects.requireNonNullElse(override.source(), "local standard (" + overrideFile.getFileName() + ")")));
            }
        }
        Map<String, Duty> duties = new LinkedHashMap<>(defaults.duties());
        if (local.duties() != null) {
            for (Map.Entry<String, Duty> entry : local.duties().entrySet()) {
                Duty standard = duties.get(entry.getKey());
                if (standard == null) {
                    throw new PolicyException(overrideFile + ": unknown duty '" + entry.getKey()
                            + "'; known duties are " + duties.keySet());
                }
                Duty override = entry.getValue();
                duties.put(entry.getKey(), new Duty(Objects.requireNonNullElse(override.description(), standard.description()),
                        Objects.requireNonNullElse(override.source(), "local standard (" + overrideFile.getFileName() + ")")));
            }
        }
        String name = local.name() != null ? local.name() : defaults.name() + " with local overrides";
        return new Policy(name, merged, duties, WorkingDays.englandAndWales());
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
