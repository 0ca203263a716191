package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
    /** Reads one element of an array as a tree; the elements after it are not "trailing tokens". */
    private final ObjectReader elementReader;
    /**
     * How many records databind reads before the binder is made: making it (a setter for every field
     * of the model) costs as much as reading several hundred records, which a check of a few cases never repays.
     */
    static final int READS_BEFORE_BINDER = 256;
    private final AtomicInteger readsBeforeBinder = new AtomicInteger(READS_BEFORE_BINDER);
    /** Reads records written the plain way straight into the model, once made; databind reads the rest. */
    private volatile StreamingCaseBinder binder;

    public CaseSummaryReader() {
        SimpleModule moments = new SimpleModule("flexible-moments");
        moments.addDeserializer(LocalDateTime.class, new FlexibleDateTimeDeserializer());
        moments.addDeserializer(LocalDate.class, new IsoDateDeserializer());
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(moments)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addHandler(new UnknownFieldCollector())
                .build();
        this.reader = mapper.readerFor(CaseSummary.class);
        this.elementReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The binder, once this reader has read {@link #READS_BEFORE_BINDER} records; null before. It
     * reads what databind reads, field for field (StreamingCaseBinderTest), so which of the two reads a
     * record changes nothing but the time it takes. One thread makes it; the others go on with databind meanwhile.
     */
    private StreamingCaseBinder binder() {
        StreamingCaseBinder made = binder;
        if (made == null && readsBeforeBinder.decrementAndGet() == 0) {
            made = new StreamingCaseBinder(mapper);
            binder = made;
        }
        return made;
    }

    /** The mapper used for case JSON, for writers that must produce the same format. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Reads a file holding one case summary object, an array of them, or newline-delimited JSON,
     * keeping every record in memory: for a handful of files. Use {@link #stream} for cohorts.
     */
    public List<ReadResult> readFile(Path file) {
        List<ReadResult> results = new ArrayList<>();
        stream(CaseInput.file(file), new AtomicLong(), raw -> results.add(read(raw)));
        return results;
    }

    /** Reads one case summary from JSON text. */
    public ReadResult read(byte[] json, RecordSource source) {
        return read(json, source, List.of());
    }

    /** Reads JSON text whose record already has {@code knownWarnings}: they come first in the case's warnings. */
    private ReadResult read(byte[] json, RecordSource source, List<String> knownWarnings) {
        StreamingCaseBinder fast = binder();
        CaseSummary plain = fast == null ? null : fast.bind(json);
        if (plain != null) {
            return validated(plain, source, knownWarnings);
        }
        List<String> warnings = new ArrayList<>(knownWarnings);
        try {
            CaseSummary summary = reader.withAttribute(WARNINGS, warnings).readValue(json);
            return validated(summary, source, warnings);
        } catch (JsonParseException e) {
            return new ReadResult.Rejected(rejection(e, source));
        } catch (IOException e) {
            return new ReadResult.Rejected(explainBindingError(e, json, source));
        }
    }

    /**
     * Binding reads a record front to back, so broken JSON further on can first surface as a
     * field of the wrong type, and a record that is not an object as a missing constructor. Only
     * when binding fails (so the fast path stays fast), look at the JSON as a whole and report
     * its own problem where it has one.
     */
    private Rejection explainBindingError(IOException bindingError, byte[] json, RecordSource source) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode tree = elementReader.readTree(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return new Rejection(source, null, "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ": more JSON after the end of the first value (a file holds one case object, an array of them,"
                        + " or one case a line)");
            }
            if (tree != null && !tree.isObject()) {
                return new Rejection(source, null, "expected a case summary object ({...}), found "
                        + tree.getNodeType().name().toLowerCase(Locale.ROOT));
            }
        } catch (IOException syntax) {
            return rejection(syntax, source);
        }
        return rejection(bindingError, source);
    }

    /** Reads one case summary from a JSON tree, such as an element of an array. */
    public ReadResult read(JsonNode json, RecordSource source) {
        if (json != null && !json.isObject() && !json.isNull()) {
            return rejected(source, null, "expected a case summary object ({...}), found "
                    + json.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        StreamingCaseBinder fast = binder();
        CaseSummary plain = fast == null ? null : fast.bind(json);
        if (plain != null) {
            return validated(plain, source, List.of());
        }
        List<String> warnings = new ArrayList<>();
        try {
            CaseSummary summary = reader.withAttribute(WARNINGS, warnings).readValue(json);
            return validated(summary, source, warnings);
        } catch (IOException e) {
            return new ReadResult.Rejected(rejection(e, source));
        }
    }

    /** Turns a record taken off the input into a case or a rejection. Safe to call from many threads. */
    public ReadResult read(RawRecord raw) {
        if (raw instanceof RawRecord.Text text) {
            return read(text.json(), text.source(), text.warnings());
        }
        if (raw instanceof RawRecord.Tree tree) {
            return read(tree.json(), tree.source());
        }
        return new ReadResult.Rejected(((RawRecord.Unreadable) raw).rejection());
    }

    /**
     * Splits an input into records, handing each to {@code sink} as soon as it is separated, so
     * that memory stays flat however large the input. The first character that is not white
     * space decides the shape: {@code [} is a JSON array, read element by element (an element
     * of the wrong shape is rejected and reading goes on; broken JSON ends the file with a
     * rejection); otherwise the input is newline-delimited JSON (record number = line number)
     * when its extension says so or its first line is a whole JSON value, and else one case.
     * An input of records already separated gives them as they are.
     *
     * @param bytesRead incremented as the input's bytes are consumed, for progress
     */
    public void stream(CaseInput input, AtomicLong bytesRead, Consumer<RawRecord> sink) {
        if (input.records() != null) {
            for (RawRecord record : input.records()) {
                if (record instanceof RawRecord.Text text) {
                    bytesRead.addAndGet(text.json().length);
                }
                sink.accept(record);
            }
            return;
        }
        try (InputStream opened = input.opener().open()) {
            ByteLineReader in = new ByteLineReader(new CountingInputStream(opened, bytesRead));
            int skippedLines = in.skipWhiteSpace();
            int first = in.peek();
            if (first < 0) {
                if (!CaseInput.STANDARD_INPUT.equals(input.name())) {
                    sink.accept(unreadable(new RecordSource(input.name(), 1), null, "the file is empty"));
                }
            } else if (first == '[') {
                streamArray(in.remaining(), input.name(), sink);
            } else {
                streamObjects(in, input, skippedLines, sink);
            }
        } catch (NoSuchFileException e) {
            sink.accept(unreadable(new RecordSource(input.name(), 1), null, "cannot read the file: it does not exist"));
        } catch (IOException e) {
            sink.accept(unreadable(new RecordSource(input.name(), 1), null, "cannot read the file: " + e.getMessage()));
        }
    }

    private void streamArray(InputStream input, String name, Consumer<RawRecord> sink) throws IOException {
        long index = 0;
        RestOfArray.Remembering in = new RestOfArray.Remembering(input);
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            parser.nextToken();
            JsonStreamContext array = parser.getParsingContext();
            while (true) {
                JsonToken token;
                try {
                    token = parser.nextToken();
                } catch (JsonParseException | StreamConstraintsException e) {
                    long after = RestOfArray.recordsFrom(e, parser, array, in);
                    sink.accept(broken(e, new RecordSource(name, index + 1), Math.max(0, after - 1)));
                    return;
                }
                if (token == JsonToken.END_ARRAY) {
                    return;
                }
                index++;
                RecordSource source = new RecordSource(name, index);
                if (token == null) {
                    sink.accept(unreadable(source, null, "the array is not closed: the file ends early"));
                    return;
                }
                try {
                    sink.accept(new RawRecord.Tree(source, elementReader.readTree(parser)));
                } catch (JsonParseException | StreamConstraintsException e) {
                    sink.accept(broken(e, source, RestOfArray.recordsFrom(e, parser, array, in)));
                    return;
                } catch (JsonProcessingException e) {
                    sink.accept(new RawRecord.Unreadable(rejection(e, source)));
                    while (parser.getParsingContext() != array && parser.nextToken() != null) {
                        parser.skipChildren();
                    }
                }
            }
        }
    }

    /** The record where JSON broke: the rest of the file is not read, and the reason says about how many records that lost. */
    private static RawRecord broken(JsonProcessingException e, RecordSource source, long recordsLost) {
        String lost = recordsLost == 0 ? "the rest of the file could not be read (no further record appears in it)"
                : "the rest of the file could not be read, so about " + recordsLost + " more "
                + (recordsLost == 1 ? "record" : "records") + " after this one " + (recordsLost == 1 ? "is" : "are")
                + " missing from this report";
        Rejection rejection = rejection(e, source);
        return new RawRecord.Unreadable(new Rejection(source, rejection.field(), rejection.reason() + "; " + lost));
    }

    private void streamObjects(ByteLineReader in, CaseInput input, int skippedLines, Consumer<RawRecord> sink)
            throws IOException {
        byte[] firstLine = in.readLine();
        long lineNumber = skippedLines + 1L;
        if (!input.ndjson() && !isWholeValue(firstLine) && in.peek() >= 0) {
            byte[] rest = in.remaining().readAllBytes();
            byte[] whole = Arrays.copyOf(firstLine, firstLine.length + 1 + rest.length);
            whole[firstLine.length] = '\n';
            System.arraycopy(rest, 0, whole, firstLine.length + 1, rest.length);
            sink.accept(new RawRecord.Text(new RecordSource(input.name(), 1), whole));
            return;
        }
        for (byte[] line = firstLine; line != null; line = in.readLine(), lineNumber++) {
            if (!isBlank(line)) {
                sink.accept(new RawRecord.Text(new RecordSource(input.name(), lineNumber), line));
            }
        }
    }

    private boolean isWholeValue(byte[] line) {
        try {
            mapper.readTree(line);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static RawRecord unreadable(RecordSource source, String field, String reason) {
        return new RawRecord.Unreadable(new Rejection(source, field, reason));
    }

    /**
     * Accepts a case built from another source (an Annex A workbook) on the same terms as a JSON
     * record: rejected, naming the field, if it fails the same checks.
     */
    public static ReadResult accept(CaseSummary summary, RecordSource source, List<String> warnings) {
        return validated(summary, source, warnings);
    }

    /**
     * A case whose child is born after the as-of date cannot be judged on that date: rejected, naming
     * the date of birth. (A case opened before birth leaves the date of birth out until the child is born.)
     */
    public static ReadResult bornBy(ReadResult read, LocalDate asOf) {
        if (read instanceof ReadResult.Ok ok) {
            LocalDate born = ok.parsed().summary().getDateOfBirth();
            if (born != null && born.isAfter(asOf)) {
                return rejected(ok.parsed().source(), "dateOfBirth", "the child is born (" + born
                        + ") after the date the case is judged on (" + asOf + "): judge it on a later date, or correct the date");
            }
        }
        return read;
    }

    private static ReadResult validated(CaseSummary summary, RecordSource source, List<String> warnings) {
        if (summary == null) {
            return rejected(source, null, "the record is empty (null)");
        }
        CaseValidator.Problem problem = CaseValidator.firstProblem(summary);
        if (problem != null) {
            return rejected(source, problem.field(), problem.reason());
        }
        return new ReadResult.Ok(new ParsedCase(source, summary, List.copyOf(warnings)));
    }

    private static Rejection rejection(IOException e, RecordSource source) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new Rejection(source, fieldPath(mapping.getPath()), mappingReason(mapping));
        }
        if (e instanceof StreamConstraintsException tooMuch) {
            return new Rejection(source, null, beyondLimits(tooMuch));
        }
        if (e instanceof JsonParseException parse) {
            JsonLocation at = parse.getLocation();
            return new Rejection(source, null, "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": " + parse.getOriginalMessage());
        }
        if (e instanceof JsonProcessingException json) {
            return new Rejection(source, null, json.getOriginalMessage());
        }
        return new Rejection(source, null, e.getMessage());
    }

    /** Which of the limits on JSON a record went beyond (they keep a hostile file from exhausting memory or the stack). */
    private static String beyondLimits(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return String.format(Locale.ROOT, "lists or objects are nested more than %,d deep, more than a case record can be",
                    StreamReadConstraints.DEFAULT_MAX_DEPTH);
        }
        if (message.contains("String value length")) {
            return String.format(Locale.ROOT, "a text value is longer than %,d characters, more than a case record can hold",
                    StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
        }
        if (message.contains("Number value length")) {
            return String.format(Locale.ROOT, "a number is longer than %,d digits, more than a case record can hold",
                    StreamReadConstraints.DEFAULT_MAX_NUM_LEN);
        }
        return "the JSON goes beyond what a case record can be: " + message.replaceAll(" *\\(.*`\\)", "");
    }

    private static String mappingReason(JsonMappingException e) {
        if (e instanceof PlausibleDates.Implausible) {
            return e.getOriginalMessage();
        }
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
