package uk.practicecheck.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.practicecheck.returns.Values;

/**
 * Reads the XML form of the SSDA903 return, child by child, as rows of the same tables as the CSV
 * form: each {@code CHILD} has a {@code HEADER} (the child's own columns, with the UASC flag and
 * the date it ceased, the care
 * leaver (OC3) and adoption (AD1) columns, and {@code AREVIEW}, {@code AMISSING},
 * {@code AD_PLACED}, {@code OC2} and {@code PERMANENCE} groups) and an {@code EPISODE} a looked-after
 * episode. {@code CHILDID} is the CSV's {@code CHILD} and {@code PL} its {@code PLACE}. Only one
 * child is held at a time; DTDs and external entities are refused.
 */
final class XmlTables {
    private static final Map<String, Ssda903Table> GROUPS = Map.of(
            "EPISODE", Ssda903Table.EPISODES,
            "AREVIEW", Ssda903Table.REVIEWS,
            "AMISSING", Ssda903Table.MISSING,
            "AD_PLACED", Ssda903Table.PLACED_ADOPTION,
            "OC2", Ssda903Table.OC2,
            "PERMANENCE", Ssda903Table.PREV_PERM);
    /**
     * The tables an XML return holds: all but the social worker episodes, which this reader does
     * not take from XML, so that an XML return never claims to hold a child's worker, and the
     * deprivation of liberty orders, which have no published XML element either.
     */
    static final Set<Ssda903Table> TABLES = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(Ssda903Table.SW_EPISODES, Ssda903Table.DOLO)));
    private static final Map<String, String> RENAMED = Map.of("CHILDID", "CHILD", "PL", "PLACE");

    private final Ssda903Return.RowSink sink;
    private final String fileName;

    XmlTables(Ssda903Return.RowSink sink, String fileName) {
        this.sink = sink;
        this.fileName = fileName;
    }

    void read(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                int childNumber = 0;
                boolean root = true;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (root && "MESSAGE".equals(upper(xml.getLocalName()))) {
                        throw new IOException("its root element is Message: it is a Children in Need census, not an SSDA903"
                                + " return; read it as a census");
                    }
                    root = false;
                    if ("CHILD".equals(upper(xml.getLocalName()))) {
                        childNumber++;
                        child(xml, childNumber);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** One group of a child (an episode, a review …) being read, with its place in the file. */
    private record Group(Ssda903Table table, String path, Map<String, String> values) {
    }

    private void child(XMLStreamReader xml, int childNumber) throws XMLStreamException, IOException {
        String childPath = fileName + ": CHILD[" + childNumber + "]";
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Deque<Group> groups = new ArrayDeque<>();
        java.util.List<Group> finished = new java.util.ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = upper(xml.getLocalName());
                path.push(name);
                text.setLength(0);
                Ssda903Table table = GROUPS.get(name);
                if (table != null) {
                    int n = counts.merge(name, 1, Integer::sum);
                    groups.push(new Group(table, childPath + "/" + name + "[" + n + "]", new LinkedHashMap<>()));
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = upper(xml.getLocalName());
                if ("CHILD".equals(name) && path.isEmpty()) {
                    break;
                }
                path.pop();
                if (GROUPS.containsKey(name) && !groups.isEmpty()) {
                    finished.add(groups.pop());
                } else if (!"HEADER".equals(name)) {
                    String column = RENAMED.getOrDefault(name, name);
                    (groups.isEmpty() ? own : groups.peek().values()).putIfAbsent(column, text.toString());
                }
                text.setLength(0);
            }
        }
        emit(own, finished, childPath);
    }

    /** Hands the child's rows on: its header, each group, and the tables kept among its own columns. */
    private void emit(Map<String, String> own, java.util.List<Group> groups, String childPath) throws IOException {
        String headerAt = childPath + "/HEADER";
        sink.row(Ssda903Table.HEADER, own, headerAt, true);
        if (Values.text(own.get("CHILD")) == null) {
            // A child without an id is one rejection (its header's), not one for each of its episodes and reviews.
            return;
        }
        if (own.containsKey("UASC") || own.containsKey("DUC")) {
            sink.row(Ssda903Table.UASC, own, headerAt, true);
        }
        if (own.containsKey("IN_TOUCH")) {
            sink.row(Ssda903Table.OC3, own, headerAt, true);
        }
        if (own.containsKey("DATE_INT") || own.containsKey("DATE_MATCH")) {
            sink.row(Ssda903Table.AD1, own, headerAt, true);
        }
        for (Group group : groups) {
            Map<String, String> values = new LinkedHashMap<>(group.values());
            values.put("CHILD", own.get("CHILD"));
            String at = group.path().startsWith(childPath + "/EPISODE") ? group.path() : group.path().replace(childPath, headerAt);
            sink.row(group.table(), values, at, true);
        }
    }

    /** The element a column of the CSV form is in the XML form. */
    static String xmlName(String column) {
        return switch (column) {
            case "CHILD" -> "CHILDID";
            case "PLACE" -> "PL";
            default -> column;
        };
    }
}
