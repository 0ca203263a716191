package uk.practicecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;

/**
 * The case summary's fields as Markdown tables, made from {@code docs/schema/case-summary.schema.json}
 * so that {@code docs/check-command.md} cannot fall behind the schema: one table for the top level,
 * then one for each kind of record a list or object holds.
 */
final class CaseSummaryFieldTable {
    private final JsonNode schema;
    /** Each record kind to describe, by the path it appears under (such as {@code plans[].actions[]}), in order met. */
    private final Map<String, JsonNode> records = new LinkedHashMap<>();

    CaseSummaryFieldTable(JsonNode schema) {
        this.schema = schema;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        table(md, schema, "");
        for (int i = 0; i < records.size(); i++) {
            Map.Entry<String, JsonNode> record = new ArrayList<>(records.entrySet()).get(i);
            md.append("\n### `").append(record.getKey()).append("`\n\n")
                    .append(sentence(record.getValue().path("description").asText())).append("\n\n");
            table(md, record.getValue(), record.getKey() + ".");
        }
        return md.toString();
    }

    private void table(StringBuilder md, JsonNode object, String prefix) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        md.append("| Field | Type | Notes |\n|---|---|---|\n");
        object.path("properties").fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode property = field.getValue();
            String path = prefix + name;
            String type = type(property, path);
            String notes = (required.contains(name) ? "**required**. " : "") + sentence(property.path("description").asText());
            md.append("| `").append(name).append(isList(property) ? "[]" : "").append("` | ").append(type)
                    .append(" | ").append(notes.strip().replace("|", "\\|")).append(" |\n");
        });
    }

    private static boolean isList(JsonNode property) {
        return types(property).contains("array");
    }

    /** The type in words; a record kind met here is queued for its own table. */
    private String type(JsonNode property, String path) {
        JsonNode ref = resolve(property);
        if (ref != property) {
            if (ref.has("enum")) {
                return "one of " + enumValues(ref);
            }
            records.putIfAbsent(path, ref);
            return "object: see [`" + path + "`](#" + anchor(path) + ")";
        }
        List<String> types = types(property);
        if (types.contains("array")) {
            JsonNode items = property.path("items");
            JsonNode item = resolve(items);
            if (item != items && !item.has("enum")) {
                records.putIfAbsent(path + "[]", item);
                return "list: see [`" + path + "[]`](#" + anchor(path + "[]") + ")";
            }
            return "list of " + type(items, path + "[]");
        }
        if (types.contains("object")) {
            JsonNode values = property.path("additionalProperties");
            return values.isObject() ? "map of field path to " + type(values, path) : "object";
        }
        if (types.contains("boolean")) {
            return "true or false";
        }
        if (types.contains("integer") || types.contains("number")) {
            return "number";
        }
        if (property.has("const")) {
            return "`\"" + property.get("const").asText() + "\"`";
        }
        if (property.has("enum")) {
            return "one of " + enumValues(property);
        }
        String format = property.path("format").asText();
        if (format.equals("date")) {
            return "date";
        }
        if (property.path("pattern").asText().contains("T\\d{2}:\\d{2}")) {
            return "date, or date and time";
        }
        return "text";
    }

    private JsonNode resolve(JsonNode property) {
        String ref = property.path("$ref").asText();
        return ref.startsWith("#/$defs/") ? schema.path("$defs").path(ref.substring("#/$defs/".length())) : property;
    }

    private static List<String> types(JsonNode property) {
        JsonNode type = property.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static String enumValues(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add("`" + v.asText() + "`");
            }
        });
        return values.stream().collect(Collectors.joining(", "));
    }

    /** The GitHub heading anchor of a {@code ### `path`} heading. */
    private static String anchor(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "");
    }

    private static String sentence(String text) {
        String s = StringUtils.normalizeSpace(text);
        if (s.isEmpty()) {
            return s;
        }
        s = StringUtils.capitalize(s);
        return s.endsWith(".") ? s : s + ".";
    }
}
