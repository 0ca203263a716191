package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.practicecheck.model.CaseSummary;

/**
 * Reads case summaries from JSON. Nothing is lost: every record comes back either as a case
 * (with warnings for anything passed over, such as unknown fields) or as a rejection naming the
 * file, the record and the field at fault.
 */
public final class CaseSummaryReader {
    private static final String WARNINGS = "practicecheck.warnings";

    private final ObjectMapper mapper;
    private final ObjectReader reader;

    public CaseSummaryReader() {
        SimpleModule moments = new SimpleModule("flexible-moments");
        moments.addDeserializer(LocalDateTime.class, new FlexibleDateTimeDeserializer());
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(moments)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addHandler(new UnknownFieldCollector())
                .build();
        this.reader = mapper.readerFor(CaseSummary.class);
    }

    /** The mapper used for case JSON, for writers that must produce the same format. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Reads a file holding one case summary object, or an array of them. */
    public List<ReadResult> readFile(Path file) {
        String name = file.toString();
        RecordSource whole = new RecordSource(name, 1);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of(rejected(whole, null, "cannot read the file: it does not exist"));
        } catch (IOException e) {
            return List.of(rejected(whole, null, "cannot read the file: " + e.getMessage()));
        }
        JsonNode tree;
        try {
            tree = parse(bytes);
        } catch (IOException e) {
            return List.of(rejection(e, whole));
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of(rejected(whole, null, "the file is empty"));
        }
        if (!tree.isArray()) {
            return List.of(read(tree, whole));
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            results.add(read(tree.get(i), new RecordSource(name, i + 1L)));
        }
        return results;
    }

    /**
     * Reads one case summary from JSON text. The text is parsed whole before it is mapped, so
     * that broken JSON is reported as such (with its line and column) rather than as a type
     * error in whichever field the parser had reached.
     */
    public ReadResult read(byte[] json, RecordSource source) {
        try {
            JsonNode tree = parse(json);
            if (tree == null || tree.isMissingNode()) {
                return rejected(source, null, "the record is empty");
            }
            return read(tree, source);
        } catch (IOException e) {
            return rejection(e, source);
        }
    }

    /** The JSON as a tree: exactly one value, with no field given twice in an object. */
    private JsonNode parse(byte[] json) throws IOException {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode tree = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new JsonParseException(parser, "more JSON after the end of the first value (a file holds one case"
                        + " object or one array of them)", at);
            }
            return tree;
        }
    }

    /** Reads one case summary from a JSON tree, such as an element of an array. */
    public ReadResult read(JsonNode json, RecordSource source) {
        if (!json.isObject()) {
            return rejected(source, null, json.isNull() ? "the record is empty (null)"
                    : "expected a case summary object ({...}), found " + json.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<String> warnings = new ArrayList<>();
        try {
            CaseSummary summary = reader.withAttribute(WARNINGS, warnings).readValue(json);
            return validated(summary, source, warnings);
        } catch (IOException e) {
            return rejection(e, source);
        }
    }

    private static ReadResult validated(CaseSummary summary, RecordSource source, List<String> warnings) {
        CaseValidator.Problem problem = CaseValidator.firstProblem(summary);
        if (problem != null) {
            return rejected(source, problem.field(), problem.reason());
        }
        return new ReadResult.Ok(new ParsedCase(source, summary, List.copyOf(warnings)));
    }

    private static ReadResult rejection(IOException e, RecordSource source) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return rejected(source, fieldPath(mapping.getPath()), mappingReason(mapping));
        }
        if (e instanceof JsonParseException parse) {
            JsonLocation at = parse.getLocation();
            return rejected(source, null, "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": " + parse.getOriginalMessage());
        }
        if (e instanceof JsonProcessingException json) {
            return rejected(source, null, json.getOriginalMessage());
        }
        return rejected(source, null, e.getMessage());
    }

    private static String mappingReason(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String value = "'" + invalid.getValue() + "'";
            if (target == LocalDate.class) {
                return value + " is not a valid date (expected YYYY-MM-DD, a real calendar date)";
            }
            if (target == LocalDateTime.class) {
                return value + " is not a valid date and time (expected YYYY-MM-DD or YYYY-MM-DDThh:mm)";
            }
            if (target != null && target.isEnum()) {
                return value + " is not one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return value + " is not a valid " + friendlyType(target);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "expected " + friendlyType(mismatched.getTargetType()) + " here";
        }
        return e.getOriginalMessage();
    }

    private static String friendlyType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return "date and time (YYYY-MM-DDThh:mm)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            return "a list ([...])";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "an object ({...})";
    }

    /** {@code reviews[1].date} from Jackson's reference path. */
    static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    private static ReadResult rejected(RecordSource source, String field, String reason) {
        return new ReadResult.Rejected(new Rejection(source, field, reason));
    }

    /** Notes unknown fields as warnings instead of failing or silently dropping them. */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {
        @Override
        @SuppressWarnings("unchecked")
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String property)
                throws IOException {
            Object sink = context.getAttribute(WARNINGS);
            if (sink instanceof List<?> list) {
                String where = pointerToPath(parser.getParsingContext().pathAsPointer().toString());
                ((List<String>) list).add("unknown field '" + where + "' was ignored");
            }
            parser.skipChildren();
            return true;
        }

        private static String pointerToPath(String pointer) {
            StringBuilder out = new StringBuilder();
            for (String part : pointer.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (part.chars().allMatch(Character::isDigit)) {
                    out.append('[').append(part).append(']');
                } else {
                    out.append(out.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
                }
            }
            return out.toString();
        }
    }
}
