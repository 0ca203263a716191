package uk.practicecheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.practicecheck.fixtures.Fixture;
import uk.practicecheck.fixtures.FixtureLoader;
import uk.practicecheck.io.CaseSummaryReader;

/** The published case schema describes exactly the Java model, and every case in the repo conforms to it. */
class CaseSummarySchemaTest {
    private static final Path SCHEMA = Path.of("docs/schema/case-summary.schema.json");
    private final ObjectMapper mapper = new CaseSummaryReader().mapper();

    @Test
    void schemaDescribesEveryModelPropertyAndNoOther() throws IOException {
        JsonNode schema = mapper.readTree(SCHEMA.toFile());
        List<String> mismatches = new ArrayList<>();
        compare(CaseSummary.class, schema, schema, "CaseSummary", mismatches);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void everyFixtureAndSampleCaseConformsToTheSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Fixture fixture : FixtureLoader.findAll(Path.of("rules"))) {
            checked++;
            Set<ValidationMessage> errors = schema.validate(fixture.caseJson());
            errors.forEach(e -> failures.add(fixture.file() + ": " + e.getMessage()));
        }
        if (Files.isDirectory(Path.of("samples"))) {
            try (Stream<Path> samples = Files.list(Path.of("samples"))) {
                for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    checked++;
                    schema.validate(mapper.readTree(sample.toFile())).forEach(e -> failures.add(sample + ": " + e.getMessage()));
                }
            }
        }
        assertTrue(checked > 0, "no cases found to check");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void schemaRejectsAWrongShape() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode wrong = mapper.readTree("{\"caseId\": \"X\", \"reviews\": [{\"date\": \"2026-01-05\"}]}");
        assertFalse(schema.validate(wrong).isEmpty(), "a review without a type must not validate");
    }

    private void compare(Class<?> type, JsonNode definition, JsonNode root, String where, List<String> mismatches) {
        JsonNode properties = definition.path("properties");
        Set<String> inSchema = new TreeSet<>();
        properties.fieldNames().forEachRemaining(inSchema::add);
        JavaType javaType = mapper.constructType(type);
        BeanDescription bean = mapper.getDeserializationConfig().introspect(javaType);
        Set<String> inModel = new TreeSet<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.hasSetter()) {
                inModel.add(property.getName());
            }
        }
        if (!inSchema.equals(inModel)) {
            Set<String> onlySchema = new TreeSet<>(inSchema);
            onlySchema.removeAll(inModel);
            Set<String> onlyModel = new TreeSet<>(inModel);
            onlyModel.removeAll(inSchema);
            mismatches.add(where + ": only in schema " + onlySchema + ", only in model " + onlyModel);
        }
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.hasSetter()) {
                continue;
            }
            JavaType propertyType = property.getSetter().getParameterType(0);
            Class<?> element = propertyType.isContainerType() ? propertyType.getContentType().getRawClass() : propertyType.getRawClass();
            if (element.getPackage() == type.getPackage() && !element.isEnum()) {
                JsonNode node = properties.path(property.getName());
                String ref = node.has("items") ? node.path("items").path("$ref").asText() : node.path("$ref").asText();
                assertFalse(ref.isEmpty(), where + "." + property.getName() + " has no $ref");
                JsonNode target = root.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
                compare(element, target, root, element.getSimpleName(), mismatches);
            }
        }
    }

    @Test
    void enumsInSchemaMatchJavaEnums() throws IOException {
        JsonNode defs = mapper.readTree(SCHEMA.toFile()).path("$defs");
        int enums = 0;
        for (Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode values = defs.path(name).path("enum");
            if (values.isMissingNode()) {
                continue;
            }
            enums++;
            Class<?> type;
            try {
                type = Class.forName("uk.practicecheck.model." + name);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("schema enum " + name + " has no Java enum", e);
            }
            List<String> expected = Stream.of(type.getEnumConstants()).map(Object::toString).toList();
            List<String> actual = new ArrayList<>();
            values.forEach(v -> actual.add(v.asText()));
            assertEquals(expected, actual, name);
        }
        assertTrue(enums > 0);
    }
}
