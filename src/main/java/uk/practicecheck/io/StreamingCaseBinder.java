package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import uk.practicecheck.model.CaseSummary;

/**
 * Reads a case summary straight from the parser's tokens into the model, for records written the
 * plain way: every field one the model knows, once, with a value of its type (dates as {@code YYYY-MM-DD},
 * moments as {@code YYYY-MM-DD[Thh:mm[:ss]]}, true or false, enum names, lists, objects), no nulls,
 * nothing after the record. Anything else (an unknown or repeated field, a null, a value of another type or
 * shape, an implausible date, broken JSON) makes {@link #bind} answer null, and the record is read again by
 * Jackson databind, whose messages and warnings stay the only ones a user sees.
 *
 * <p>Which fields each class has, and which setter each calls, come from databind's own deserializers
 * for the model, so both readers take the same fields the same way. A repeated field is caught with a bit
 * per known field of each object rather than the parser's set of names seen; reading plain records this
 * way takes a third to a half less CPU than binding them (docs/benchmarks.md).
 */
final class StreamingCaseBinder {
    /** Thrown, without a stack, when a record is not written the plain way; never escapes {@link #bind}. */
    private static final NotPlain NOT_PLAIN = new NotPlain();

    private final JsonFactory factory;
    private final BeanReader caseReader;

    StreamingCaseBinder(ObjectMapper mapper) {
        this.factory = mapper.getFactory().rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.caseReader = new Introspection(mapper).bean(CaseSummary.class);
        if (caseReader == null) {
            throw new IllegalStateException("the case summary model cannot be read field by field");
        }
    }

    /** The case written in {@code json}, or null when it is not written the plain way (see the class comment). */
    CaseSummary bind(byte[] json) {
        try (JsonParser parser = factory.createParser(json)) {
            return bind(parser);
        } catch (NotPlain | IOException e) {
            return null;
        }
    }

    /** The case held in {@code tree} (an element of an array), or null when it is not written the plain way. */
    CaseSummary bind(JsonNode tree) {
        if (tree == null) {
            return null;
        }
        try (JsonParser parser = tree.traverse()) {
            return bind(parser);
        } catch (NotPlain | IOException e) {
            return null;
        }
    }

    private CaseSummary bind(JsonParser parser) throws IOException {
        parser.nextToken();
        Scratch scratch = SCRATCH.get();
        int from = scratch.top;
        CaseSummary summary;
        try {
            summary = (CaseSummary) caseReader.read(parser, scratch);
        } finally {
            scratch.clearFrom(from);
        }
        if (parser.nextToken() != null) {
            throw NOT_PLAIN;
        }
        return summary;
    }

    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super("not a plainly written case record", null, false, false);
        }
    }

    /** Reads the value at the parser's current token. */
    private interface ValueReader {
        Object read(JsonParser parser, Scratch scratch) throws IOException;
    }

    /**
     * Where a list's elements wait until its end, one record at a time, so that each list is made once at
     * its size: most lists of a case hold one to three entries (an empty list takes room for ten on its
     * first entry), a few a dozen or more (grown two or three times). Nested lists stack above the outer one's.
     */
    private static final class Scratch {
        private Object[] items = new Object[64];
        private int top;

        void push(Object item) {
            if (top == items.length) {
                items = Arrays.copyOf(items, top * 2);
            }
            items[top++] = item;
        }

        /** The items pushed since {@code from}, in a list of just that size; their places are cleared for reuse. */
        List<Object> listFrom(int from) {
            List<Object> list = new ArrayList<>(top - from);
            for (int i = from; i < top; i++) {
                list.add(items[i]);
            }
            clearFrom(from);
            return list;
        }

        /** Drops the items pushed since {@code from} (a record left to databind part way through a list). */
        void clearFrom(int from) {
            Arrays.fill(items, from, top, null);
            top = from;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final ValueReader TEXT = (parser, scratch) -> text(parser);

    private static String text(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw NOT_PLAIN;
        }
        return parser.getText();
    }

    private static final ValueReader YES_NO = (parser, scratch) -> {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw NOT_PLAIN;
    };

    private static final ValueReader DATE = (parser, scratch) -> date(parser);

    private static LocalDate date(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == 10) {
            LocalDate date = IsoDateDeserializer.plausibleIsoDate(parser.getTextCharacters(), parser.getTextOffset());
            if (date != null) {
                return date;
            }
        }
        throw NOT_PLAIN;
    }

    private static final ValueReader MOMENT = (parser, scratch) -> {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            LocalDateTime moment = FlexibleDateTimeDeserializer.usualShape(parser.getTextCharacters(),
                    parser.getTextOffset(), parser.getTextLength());
            if (moment != null && PlausibleDates.plausible(moment.toLocalDate())) {
                return moment;
            }
        }
        throw NOT_PLAIN;
    };

    /**
     * An enum value by its name, compared in the parser's characters: no text is made for it. The value
     * last read is tried first, as lists of one kind of entry (supervision, statutory visits) repeat it.
     */
    private static final class EnumReader implements ValueReader {
        private final Object[] constants;
        private final char[][] names;
        /** Where the value last read is; a hint only, so threads may see each other's or not. */
        private int last;

        EnumReader(Class<?> type) {
            constants = type.getEnumConstants();
            names = new char[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toCharArray();
            }
        }

        @Override
        public Object read(JsonParser parser, Scratch scratch) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                char[] text = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                int end = offset + parser.getTextLength();
                int hint = last;
                if (Arrays.equals(names[hint], 0, names[hint].length, text, offset, end)) {
                    return constants[hint];
                }
                for (int i = 0; i < names.length; i++) {
                    if (Arrays.equals(names[i], 0, names[i].length, text, offset, end)) {
                        last = i;
                        return constants[i];
                    }
                }
            }
            throw NOT_PLAIN;
        }
    }

    /** A list, made at its size once read (see {@link Scratch}), or a set. */
    private record CollectionReader(boolean set, ValueReader element) implements ValueReader {
        @Override
        public Object read(JsonParser parser, Scratch scratch) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw NOT_PLAIN;
            }
            if (set) {
                Collection<Object> values = new HashSet<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    values.add(element.read(parser, scratch));
                }
                return values;
            }
            int from = scratch.top;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                scratch.push(element.read(parser, scratch));
            }
            return scratch.listFrom(from);
        }
    }

    /** A map of text to values, as databind makes it (a {@code LinkedHashMap}); a repeated key is not plain. */
    private record MapReader(ValueReader value) implements ValueReader {
        @Override
        public Object read(JsonParser parser, Scratch scratch) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw NOT_PLAIN;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                if (values.put(key, value.read(parser, scratch)) != null) {
                    throw NOT_PLAIN;
                }
            }
            return values;
        }
    }

    /**
     * A field of a model class: its name as the parser matches it, its place among the class's fields, how its
     * value is read, its setter, and the field that followed it in the last record read (a hint: records of one
     * source write their fields in one order, so the next name is usually matched in the input's bytes, without
     * looking it up).
     */
    private static final class Field {
        private final SerializedString name;
        private final int index;
        private final ValueReader reader;
        private final BiConsumer<Object, Object> setter;
        private Field next;

        Field(String name, int index, ValueReader reader, BiConsumer<Object, Object> setter) {
            this.name = new SerializedString(name);
            this.index = index;
            this.reader = reader;
            this.setter = setter;
        }
    }

    private static final class BeanReader implements ValueReader {
        private final Supplier<Object> create;
        private final Map<String, Field> fields = new HashMap<>();
        /** The field written first in the last record read (a hint, as {@link Field#next}). */
        private Field first;

        BeanReader(Supplier<Object> create) {
            this.create = create;
        }

        @Override
        public Object read(JsonParser parser, Scratch scratch) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw NOT_PLAIN;
            }
            Object bean = create.get();
            long seen = 0;
            Field previous = null;
            Field expected = first;
            while (true) {
                Field field;
                if (expected != null && parser.nextFieldName(expected.name)) {
                    field = expected;
                } else {
                    if (expected == null) {
                        parser.nextToken();
                    }
                    if (parser.currentToken() != JsonToken.FIELD_NAME) {
                        break;
                    }
                    field = fields.get(parser.currentName());
                    if (field == null) {
                        throw NOT_PLAIN;
                    }
                    if (previous == null) {
                        first = field;
                    } else {
                        previous.next = field;
                    }
                }
                if ((seen & 1L << field.index) != 0) {
                    throw NOT_PLAIN;
                }
                seen |= 1L << field.index;
                parser.nextToken();
                // text and dates, most of a record's values, are read here rather than through a reader each
                Object value = field.reader == TEXT ? text(parser)
                        : field.reader == DATE ? date(parser) : field.reader.read(parser, scratch);
                field.setter.accept(bean, value);
                previous = field;
                expected = field.next;
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw NOT_PLAIN;
            }
            return bean;
        }
    }

    /** Builds the readers from databind's deserializers, so that the fields and setters are the ones databind uses. */
    private static final class Introspection {
        private final ObjectMapper mapper;
        private final DefaultDeserializationContext context;
        private final Map<Class<?>, BeanReader> beans = new HashMap<>();

        Introspection(ObjectMapper mapper) {
            this.mapper = mapper;
            this.context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createDummyInstance(mapper.getDeserializationConfig());
        }

        /** The reader of a model class, or null if databind reads it some other way than by default constructor and setters. */
        BeanReader bean(Class<?> type) {
            if (beans.containsKey(type)) {
                return beans.get(type);
            }
            JsonDeserializer<Object> deserializer;
            try {
                deserializer = context.findRootValueDeserializer(mapper.constructType(type));
            } catch (IOException e) {
                return null;
            }
            if (deserializer.getClass() != BeanDeserializer.class) {
                return null;
            }
            BeanDeserializer bean = (BeanDeserializer) deserializer;
            if (!bean.getValueInstantiator().canCreateUsingDefault() || bean.getValueInstantiator().canCreateFromObjectWith()) {
                return null;
            }
            BeanReader reader = new BeanReader(constructor(type));
            beans.put(type, reader);
            int index = 0;
            for (Iterator<SettableBeanProperty> properties = bean.properties(); properties.hasNext(); ) {
                SettableBeanProperty property = properties.next();
                ValueReader value = value(property.getType());
                BiConsumer<Object, Object> setter = setter(property.getMember());
                if (value != null && setter != null && index < Long.SIZE) {
                    // interned, as the parser's field names are, so that looking one up is one comparison
                    String name = property.getName().intern();
                    reader.fields.put(name, new Field(name, index++, value, setter));
                }
            }
            return reader;
        }

        private ValueReader value(JavaType type) {
            Class<?> raw = type.getRawClass();
            if (raw == String.class) {
                return TEXT;
            }
            if (raw == Boolean.class) {
                return YES_NO;
            }
            if (raw == LocalDate.class) {
                return DATE;
            }
            if (raw == LocalDateTime.class) {
                return MOMENT;
            }
            if (raw.isEnum()) {
                return new EnumReader(raw);
            }
            if (raw == List.class || raw == Set.class) {
                ValueReader element = value(type.getContentType());
                return element == null ? null : new CollectionReader(raw == Set.class, element);
            }
            if (raw == Map.class && type.getKeyType().getRawClass() == String.class) {
                ValueReader value = value(type.getContentType());
                return value == null ? null : new MapReader(value);
            }
            if (raw.isPrimitive() || raw.isArray() || raw.getName().startsWith("java.")) {
                return null;
            }
            return bean(raw);
        }

        private static Supplier<Object> constructor(Class<?> type) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
                @SuppressWarnings("unchecked")
                Supplier<Object> create = (Supplier<Object>) LambdaMetafactory.metafactory(lookup, "get",
                        MethodType.methodType(Supplier.class), MethodType.methodType(Object.class), constructor,
                        MethodType.methodType(type)).getTarget().invoke();
                return create;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot make " + type.getSimpleName() + " records", e);
            }
        }

        /** A setter made from the method databind calls; null for a field databind sets some other way. */
        private static BiConsumer<Object, Object> setter(AnnotatedMember member) {
            if (!(member instanceof AnnotatedMethod annotated) || annotated.getParameterCount() != 1) {
                return null;
            }
            Method method = annotated.getAnnotated();
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle setter = lookup.unreflect(method);
                @SuppressWarnings("unchecked")
                BiConsumer<Object, Object> consumer = (BiConsumer<Object, Object>) LambdaMetafactory.metafactory(lookup,
                        "accept", MethodType.methodType(BiConsumer.class),
                        MethodType.methodType(void.class, Object.class, Object.class), setter,
                        MethodType.methodType(void.class, method.getDeclaringClass(), method.getParameterTypes()[0]))
                        .getTarget().invoke();
                return consumer;
            } catch (Throwable e) {
                return null;
            }
        }
    }
}
