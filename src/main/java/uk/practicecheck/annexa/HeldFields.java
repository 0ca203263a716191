package uk.practicecheck.annexa;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.model.CaseSummary;

/**
 * Works out which case fields a workbook does not hold. Everything is presumed not held unless
 * the mapping shows otherwise: a field is held only when some column feeds it completely, every
 * column that feeds it completely was found in the workbook, and no column feeds it only in part.
 * A field the model gains later is therefore not held from an Annex A workbook until someone maps
 * it, and a rule that needs it says "cannot tell".
 */
public final class HeldFields {
    /** Fields that are not facts about the child's case. */
    private static final Set<String> NOT_FACTS = Set.of("schemaVersion", "caseId", "notHeld", "heldFrom");
    private static final Set<String> ALL = Set.copyOf(modelPaths());

    private HeldFields() {
    }

    /**
     * Every field path of the case summary, such as {@code visits}, {@code visits.date} and
     * {@code adoption.placementOrder}: a collection or object and each of its fields.
     */
    public static Set<String> allPaths() {
        return new TreeSet<>(ALL);
    }

    /** The fields an Annex A workbook holds, given the columns found in it. */
    public static Set<String> held(Collection<AnnexAColumn> found) {
        Set<String> held = new TreeSet<>();
        for (String path : ALL) {
            boolean fedCompletely = false;
            boolean allFound = true;
            boolean fedInPart = false;
            for (AnnexAColumn column : AnnexAColumn.values()) {
                if (column.completeFields().contains(path)) {
                    fedCompletely = true;
                    allFound &= found.contains(column);
                }
                fedInPart |= column.partialFields().contains(path);
            }
            if (fedCompletely && allFound && !fedInPart) {
                held.add(path);
            }
        }
        return held;
    }

    /** The fields to list in {@code notHeld} for a workbook with the given columns. */
    public static Set<String> notHeld(Collection<AnnexAColumn> found) {
        Set<String> notHeld = new TreeSet<>(ALL);
        notHeld.removeAll(held(found));
        return notHeld;
    }

    /**
     * {@code notHeld} without the given collections and every field of them, read-only: for a case
     * that is proven to have none of those collections' items.
     */
    public static Set<String> without(Set<String> notHeld, Set<String> collections) {
        Set<String> kept = new java.util.LinkedHashSet<>();
        for (String path : notHeld) {
            if (collections.stream().noneMatch(c -> path.equals(c) || path.startsWith(c + "."))) {
                kept.add(path);
            }
        }
        return java.util.Collections.unmodifiableSet(kept);
    }

    /**
     * {@code notHeld} without what a child's latest dates make held from those days (the
     * collections, the kind and date of their items, and what else the latest item's row says:
     * {@code CaseAssembler.HELD_FROM_LATEST}), read-only. A field no column found in the workbook
     * feeds stays not held: a workbook without the placement location column does not say whether
     * the current placement is out of area.
     */
    public static Set<String> withoutLatest(Set<String> notHeld, Set<String> collections, Collection<AnnexAColumn> found) {
        if (collections.isEmpty()) {
            return notHeld;
        }
        Set<String> kept = new java.util.LinkedHashSet<>(notHeld);
        collections.forEach(c -> CaseAssembler.HELD_FROM_LATEST.get(c).stream()
                .filter(path -> found.stream().anyMatch(column -> column.completeFields().contains(path)
                        || column.partialFields().contains(path)))
                .forEach(kept::remove));
        return java.util.Collections.unmodifiableSet(kept);
    }

    /** The fields held if every mapped column is present. */
    public static Set<String> heldAtBest() {
        return held(Arrays.asList(AnnexAColumn.values()));
    }

    private static Set<String> modelPaths() {
        DeserializationConfig config = new CaseSummaryReader().mapper().getDeserializationConfig();
        Set<String> paths = new LinkedHashSet<>();
        walk(config, config.constructType(CaseSummary.class), "", paths);
        return paths;
    }

    private static void walk(DeserializationConfig config, JavaType type, String prefix, Set<String> paths) {
        BeanDescription bean = config.introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.couldDeserialize() || (prefix.isEmpty() && NOT_FACTS.contains(property.getName()))) {
                continue;
            }
            String path = prefix + property.getName();
            paths.add(path);
            JavaType propertyType = property.getPrimaryType();
            JavaType element = propertyType.isContainerType() ? propertyType.getContentType() : propertyType;
            if (isModelBean(element)) {
                walk(config, element, path + ".", paths);
            }
        }
    }

    private static boolean isModelBean(JavaType type) {
        Class<?> raw = type.getRawClass();
        return !raw.isEnum() && raw.getPackageName().equals(CaseSummary.class.getPackageName());
    }
}
