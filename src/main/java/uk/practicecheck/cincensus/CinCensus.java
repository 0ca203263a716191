package uk.practicecheck.cincensus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.practicecheck.annexa.HeldFields;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.returns.CollectionPeriod;
import uk.practicecheck.returns.Values;

/**
 * Reads a Children in Need census (the XML {@code Message} of {@code Header} and {@code Children})
 * into case summaries, one a {@code Child}. The file is streamed child by child (StAX, with DTDs
 * and external entities refused): each child's elements are read into its case facts and let go, so
 * only those facts stay until the file's collection year is known; each case is then checked when
 * it is asked for.
 *
 * <p>A value that cannot be read, or an assessment, enquiry or plan without its start date,
 * rejects that child's case, naming the XML path; every other child is still read. An unknown
 * code is a warning.
 */
public final class CinCensus {
    private final String name;
    private final List<ChildCase> children = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private LocalDate referenceDate;
    private LocalDate latest;

    private CinCensus(String name) {
        this.name = name;
    }

    /**
     * Everything read from a census.
     *
     * @param records  one result a child, in the file's order
     * @param notes    what was passed over, for the user
     * @param period   the census's collection year; null when the file gives no date to tell
     */
    public record Result(List<ReadResult> records, List<String> notes, CollectionPeriod period) {
    }

    /** Reads the census in a file; records are reported under the path as given. */
    public static Result read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            return unreadable(file.toString(), e.getMessage());
        }
    }

    /** Reads a census from a stream, such as an upload; records are reported under {@code name}. */
    public static Result read(String name, InputStream xml) {
        CinCensus census = new CinCensus(name);
        try {
            census.readAll(xml);
        } catch (IOException | XMLStreamException e) {
            return unreadable(name, e.getMessage());
        }
        return census.finish();
    }

    private static Result unreadable(String name, String why) {
        return new Result(List.of(new ReadResult.Rejected(new Rejection(new RecordSource(name, 1), null,
                "cannot read the Children in Need census (is it the census XML?): " + why))), List.of(), null);
    }

    /** An element and what it holds: text for a leaf, child elements otherwise. */
    record Element(String name, String path, String text, List<Element> children) {
        Element child(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).findFirst().orElse(null);
        }

        List<Element> all(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).toList();
        }
    }

    private void readAll(InputStream in) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            int childNumber = 0;
            boolean sawMessage = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if ("Message".equals(element)) {
                    sawMessage = true;
                } else if ("ReferenceDate".equals(element)) {
                    String text = xml.getElementText();
                    try {
                        referenceDate = Values.date(text);
                    } catch (Values.BadValue e) {
                        notes.add(name + ": Header ReferenceDate " + e.getMessage() + "; passed over");
                    }
                } else if ("Child".equals(element)) {
                    childNumber++;
                    // One child's elements at a time: read into its case, then let go.
                    String where = name + ": Child[" + childNumber + "]";
                    ChildCase child = new ChildCase(where);
                    child.read(element(xml, where));
                    children.add(child);
                }
            }
            if (!sawMessage) {
                throw new IOException("no Message element: not a Children in Need census");
            }
        } finally {
            xml.close();
        }
    }

    /** Reads the element the reader is at into a tree, paths numbered among siblings of the same name. */
    private static Element element(XMLStreamReader xml, String path) throws XMLStreamException {
        String elementName = xml.getLocalName();
        List<Element> children = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String childName = xml.getLocalName();
                int n = counts.merge(childName, 1, Integer::sum);
                children.add(element(xml, path + "/" + childName + (n > 1 || repeats(childName) ? "[" + n + "]" : "")));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new Element(elementName, path, children.isEmpty() ? text.toString().strip() : null, children);
    }

    /** Groups that can repeat, numbered even when there is one, so a path names which. */
    private static boolean repeats(String name) {
        return switch (name) {
            case "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "Reviews" -> true;
            default -> false;
        };
    }

    private Result finish() {
        for (ChildCase c : children) {
            if (c.latest() != null && (latest == null || c.latest().isAfter(latest))) {
                latest = c.latest();
            }
        }
        CollectionPeriod period = referenceDate != null ? CollectionPeriod.containing(referenceDate)
                : latest != null ? CollectionPeriod.endingAfter(latest) : null;
        if (referenceDate == null) {
            notes.add(name + ": no Header ReferenceDate"
                    + (period == null ? "; no dates to tell the collection year" : "; the collection year was taken from its latest date"));
        }
        Map<String, LocalDate> fromYear = period == null ? Map.of() : heldFromYear(period.start());
        // Every child's earlier referrals, closed before the year, are not in the census: a re-referral cannot be told from it.
        Map<String, LocalDate> referralsFromYear = period == null ? Map.of() : Map.of("referrals", period.start());
        // Each child's case is checked when it is asked for, not all at once, as the SSDA903 reader does.
        List<ReadResult> records = new java.util.AbstractList<>() {
            @Override
            public ReadResult get(int index) {
                return result(children.get(index), new RecordSource(name, index + 1L), period, fromYear, referralsFromYear);
            }

            @Override
            public int size() {
                return children.size();
            }
        };
        return new Result(records, List.copyOf(notes), period);
    }

    private ReadResult result(ChildCase c, RecordSource source, CollectionPeriod period, Map<String, LocalDate> fromYear,
                              Map<String, LocalDate> referralsFromYear) {
        if (c.childId() == null) {
            return new ReadResult.Rejected(new Rejection(source, c.where() + "/ChildIdentifiers/LAchildID",
                    "the child has no LAchildID, so it cannot be joined to a case: the child was not read"));
        }
        if (!c.problems().isEmpty()) {
            ChildCase.Problem first = c.problems().get(0);
            String reason = first.reason();
            if (c.problems().size() > 1) {
                reason += "; and " + c.problems().subList(1, c.problems().size()).stream()
                        .map(p -> p.where() + ": " + p.reason()).collect(Collectors.joining("; "));
            }
            return new ReadResult.Rejected(new Rejection(source, first.where(), "child " + c.childId() + ": " + reason));
        }
        boolean whole = period != null && c.firstReferral() != null && !c.firstReferral().isBefore(period.start());
        Map<String, LocalDate> heldFrom = whole ? referralsFromYear : fromYear;
        return CaseSummaryReader.accept(c.summary(notHeld(whole || period != null), heldFrom), source, c.warnings());
    }

    /**
     * For a child referred before the census year: the year's history (referrals, assessments,
     * section 47 enquiries, conferences, closures) is held from its first day on, since the census
     * has every one of them in its year but not those before. Rules judge what fell due after that
     * day and say "cannot tell" of what fell due before it. One map the cases share, not to be changed.
     */
    static Map<String, LocalDate> heldFromYear(LocalDate yearStart) {
        Map<String, LocalDate> from = new TreeMap<>();
        for (CinMapping mapping : CinMapping.values()) {
            if (mapping.coverage() == CinMapping.Coverage.HISTORY) {
                String first = mapping.fields().get(0);
                from.put(first.contains(".") ? first.substring(0, first.indexOf('.')) : first, yearStart);
            }
        }
        return Collections.unmodifiableMap(from);
    }

    /**
     * The fields to list in a child's {@code notHeld}, in name order: one of two sets the cases share,
     * not to be changed. A child's history before the year counts as held here when the case says
     * from when ({@link #heldFromYear}).
     */
    static Set<String> notHeld(boolean wholeHistory) {
        return wholeHistory ? NOT_HELD_WHOLE_HISTORY : NOT_HELD_PART_HISTORY;
    }

    private static final Set<String> NOT_HELD_WHOLE_HISTORY = notHeldSet(true);
    private static final Set<String> NOT_HELD_PART_HISTORY = notHeldSet(false);

    private static Set<String> notHeldSet(boolean wholeHistory) {
        Set<String> notHeld = new TreeSet<>(HeldFields.allPaths());
        notHeld.removeAll(held(wholeHistory));
        return Collections.unmodifiableSet(new LinkedHashSet<>(notHeld));
    }

    /** The fields the census holds for a child, all of whose episodes began within its year or not. */
    static Set<String> held(boolean wholeHistory) {
        Set<String> held = new TreeSet<>();
        Set<String> partial = new TreeSet<>();
        for (CinMapping mapping : CinMapping.values()) {
            switch (mapping.coverage()) {
                case COMPLETE -> held.addAll(mapping.fields());
                case HISTORY -> {
                    if (wholeHistory) {
                        held.addAll(mapping.fields());
                    }
                }
                case PARTIAL -> partial.addAll(mapping.fields());
            }
        }
        held.removeAll(partial);
        return held;
    }
}
