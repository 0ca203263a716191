package uk.practicecheck.returns;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;

/**
 * Joins the cases that several sources (an SSDA903 return, a Children in Need census, an Annex A
 * workbook) give for the same children, by the child's id, into one case a child. Events are
 * joined as one when they are the same event (a review on the same day, a placement from the same
 * day); where two sources give the same fact differently, the first source given is used and the
 * case carries a warning naming both, never a silent choice. A field is held when any source
 * holds it, since that source has every such fact; from the earliest day any source holds it from,
 * where none holds its whole history ({@link #heldFrom}).
 */
public final class CaseJoiner {
    /** The fields that make two list entries the same event, by list. */
    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("legalStatuses", List.of("status", "start")),
            Map.entry("reviews", List.of("type", "date")),
            Map.entry("plans", List.of("type", "date")),
            Map.entry("missingEpisodes", List.of("start")),
            Map.entry("referrals", List.of("received")),
            Map.entry("assessments", List.of("start")),
            Map.entry("strategyDiscussions", List.of("date")),
            Map.entry("section47Enquiries", List.of("start")),
            Map.entry("conferences", List.of("type", "date")),
            Map.entry("visits", List.of("type", "date")),
            Map.entry("placements", List.of("start")),
            Map.entry("privateFostering", List.of("notified")),
            Map.entry("healthAssessments", List.of("type", "date")),
            Map.entry("educationPlans", List.of("date")),
            Map.entry("managementOversight", List.of("type", "date")),
            Map.entry("closures", List.of("date")));

    /** The case summary format's own mapping: dates as YYYY-MM-DD, absent values left out. */
    private final ObjectMapper mapper = new CaseSummaryReader().mapper().copy()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * The records of one source.
     *
     * @param label      the source in words, such as "the SSDA903 return returns/2025"
     * @param records    its cases and rejections
     * @param heldUntil  the last day the source covers (a return's collection year ends on 31 March);
     *                   null when it runs to the day it was made (an Annex A workbook)
     */
    public record Source(String label, List<ReadResult> records, LocalDate heldUntil) {
        /** A source that runs to the day it was made. */
        public Source(String label, List<ReadResult> records) {
            this(label, records, null);
        }
    }

    /** One case a child across the sources, in the order first seen; rejections stay where they were. */
    public List<ReadResult> join(List<Source> sources) {
        Map<String, List<Labelled>> byChild = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Source source : sources) {
            for (ReadResult record : source.records()) {
                if (record instanceof ReadResult.Ok ok) {
                    String id = ok.parsed().summary().getCaseId();
                    List<Labelled> cases = byChild.get(id);
                    if (cases == null) {
                        cases = new ArrayList<>();
                        byChild.put(id, cases);
                        order.add(id);
                    }
                    cases.add(new Labelled(source.label(), ok.parsed(), source.heldUntil()));
                } else {
                    order.add(record);
                }
            }
        }
        List<ReadResult> joined = new ArrayList<>();
        for (Object entry : order) {
            if (entry instanceof String id) {
                joined.add(joinOne(byChild.get(id)));
            } else {
                joined.add((ReadResult) entry);
            }
        }
        return joined;
    }

    private record Labelled(String label, ParsedCase parsed, LocalDate heldUntil) {
    }

    private ReadResult joinOne(List<Labelled> cases) {
        Labelled first = cases.get(0);
        if (cases.size() == 1) {
            return new ReadResult.Ok(first.parsed());
        }
        List<String> warnings = new ArrayList<>(first.parsed().warnings());
        ObjectNode joined = mapper.valueToTree(first.parsed().summary());
        Set<String> notHeld = new LinkedHashSet<>(first.parsed().summary().getNotHeld());
        for (Labelled other : cases.subList(1, cases.size())) {
            warnings.addAll(other.parsed().warnings());
            Set<String> otherNotHeld = other.parsed().summary().getNotHeld();
            if (otherNotHeld.isEmpty()) {
                notHeld.clear();
            } else if (!notHeld.isEmpty()) {
                notHeld.retainAll(otherNotHeld);
            }
            new Merge(first.label(), other.label(), warnings).object(joined, mapper.valueToTree(other.parsed().summary()), "");
        }
        try {
            CaseSummary summary = mapper.treeToValue(joined, CaseSummary.class);
            summary.setNotHeld(notHeld);
            summary.setHeldFrom(heldFrom(cases.stream()
                    .map(c -> new Held(c.label(), c.parsed().summary(), c.heldUntil())).toList(), warnings));
            return CaseSummaryReader.accept(summary, first.parsed().source(), warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a joined case could not be rebuilt: " + e.getOriginalMessage(), e);
        }
    }

    /** One source's case, with the source in words and the last day it covers (null: to the day it was made). */
    record Held(String label, CaseSummary summary, LocalDate until) {
    }

    /**
     * From when the joined case holds each collection some source holds only in part. The sources'
     * records are joined (a return's year of reviews and an Annex A workbook's latest review), so the
     * collection is held from the earliest day a source holds it from, or whole when a source holds
     * its whole history, as long as the sources run on from one another. Where one source stops before
     * the next begins (a return's year ends on 31 March and a later workbook holds the reviews only from
     * its latest one), what fell between is in neither: the collection is held only from the later
     * source's day, and the case carries a warning naming both sources.
     */
    static Map<String, LocalDate> heldFrom(List<Held> sources, List<String> warnings) {
        Map<String, LocalDate> joined = new TreeMap<>();
        Set<String> paths = new TreeSet<>();
        sources.forEach(s -> paths.addAll(s.summary().getHeldFrom().keySet()));
        for (String path : paths) {
            List<Held> holders = new ArrayList<>(sources.stream().filter(s -> s.summary().holds(path)).toList());
            if (holders.isEmpty()) {
                continue;
            }
            holders.sort(java.util.Comparator.comparing(s -> from(s, path)));
            Held covering = holders.get(0);
            LocalDate joinedFrom = covering.summary().heldFrom(path);
            LocalDate until = covering.until();
            for (Held next : holders.subList(1, holders.size())) {
                LocalDate nextFrom = from(next, path);
                if (until != null && nextFrom.isAfter(until.plusDays(1))) {
                    warnings.add(uk.practicecheck.model.Labels.field(path) + ": " + covering.label() + " holds them until " + until + " and "
                            + next.label() + " only from " + nextFrom + ", so any between are in neither; they are held"
                            + " only from " + nextFrom);
                    joinedFrom = nextFrom;
                }
                if (until != null && (next.until() == null || next.until().isAfter(until))) {
                    until = next.until();
                    covering = next;
                }
            }
            if (joinedFrom != null) {
                joined.put(path, joinedFrom);
            }
        }
        return joined;
    }

    /** The first day a source holds a collection from; the earliest day there is when it holds the whole history. */
    private static LocalDate from(Held source, String path) {
        LocalDate from = source.summary().heldFrom(path);
        return from == null ? LocalDate.MIN : from;
    }

    /** Merges one source's case into the joined case, noting every disagreement. */
    private static final class Merge {
        private final String firstLabel;
        private final String otherLabel;
        private final List<String> warnings;

        Merge(String firstLabel, String otherLabel, List<String> warnings) {
            this.firstLabel = firstLabel;
            this.otherLabel = otherLabel;
            this.warnings = warnings;
        }

        void object(ObjectNode into, JsonNode from, String what) {
            Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                JsonNode existing = into.get(name);
                if ("notHeld".equals(name) || "heldFrom".equals(name) || "schemaVersion".equals(name) || value.isNull()) {
                    continue;
                }
                if (existing == null || existing.isNull()) {
                    into.set(name, value.deepCopy());
                } else if (existing.isArray() && value.isArray()) {
                    array((ArrayNode) existing, (ArrayNode) value, name);
                } else if (existing.isObject() && value.isObject()) {
                    object((ObjectNode) existing, value, what.isEmpty() ? words(name) : what);
                } else if (!existing.equals(value)) {
                    String field2 = (what.isEmpty() ? "" : what + ": ") + words(name);
                    warnings.add(otherLabel + " gives " + field2 + " as " + text(value) + ", not " + text(existing)
                            + " as " + firstLabel + " does; " + text(existing) + " (" + firstLabel + ") was used");
                }
            }
        }

        private void array(ArrayNode into, ArrayNode from, String list) {
            List<String> key = KEYS.get(list);
            for (JsonNode element : from) {
                JsonNode same = null;
                for (JsonNode candidate : into) {
                    if (key == null ? candidate.equals(element) : sameKey(candidate, element, key)) {
                        same = candidate;
                        break;
                    }
                }
                if (same == null) {
                    into.add(element.deepCopy());
                } else if (same.isObject() && !same.equals(element)) {
                    object((ObjectNode) same, element, describe(list, element, key));
                }
            }
        }

        private static boolean sameKey(JsonNode a, JsonNode b, List<String> key) {
            for (String field : key) {
                if (!a.path(field).equals(b.path(field))) {
                    return false;
                }
            }
            return true;
        }

        /** "the looked after review of 2025-01-10". */
        private static String describe(String list, JsonNode element, List<String> key) {
            String values = key.stream().map(k -> text(element.path(k))).collect(Collectors.joining(" "));
            return "the " + words(list) + " entry for " + values;
        }
    }

    /** {@code placementOrder} becomes "placement order". */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** A value in words: text and dates as they are, enum constants in lower case. */
    static String text(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return text.matches("[A-Z_]+") ? text.toLowerCase(Locale.ROOT).replace('_', ' ') : text;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes" : "no";
        }
        return value.toString();
    }
}
