package uk.practicecheck.cincensus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.function.IOSupplier;
import uk.practicecheck.annexa.HeldFields;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.returns.CollectionPeriod;
import uk.practicecheck.returns.Values;

/**
 * Reads a Children in Need census (the XML {@code Message} of {@code Header} and {@code Children})
 * into case summaries, one a {@code Child}, with flat memory: the file is read twice, as a stream
 * (StAX, with DTDs and external entities refused). A first pass finds the collection year: the
 * header's {@code ReferenceDate} (it stops at the first child), or, without one, the latest date of
 * every child's record (each read and let go). The records are then read from the file one child at
 * a time, each time they are gone through, so only one child's elements and case are in memory.
 *
 * <p>A value that cannot be read, or an assessment, enquiry or plan without its start date,
 * rejects that child's case, naming the XML path; every other child is still read. An unknown
 * code is a warning. XML that breaks off after some children gives those children and one
 * rejection for the rest; element names are matched whatever their case.
 */
public final class CinCensus {
    private final String name;
    private final IOSupplier<InputStream> xml;
    private final List<String> notes = new ArrayList<>();
    /** The collection year given; null to tell it from the census. */
    private final CollectionPeriod given;

    private CinCensus(String name, IOSupplier<InputStream> xml, CollectionPeriod given) {
        this.name = name;
        this.xml = xml;
        this.given = given;
    }

    /**
     * Everything read from a census.
     *
     * @param records  one result a child, in the file's order; each pass over them reads the file
     *                 again, child by child, so go through them from the start (getting one by its
     *                 index reads up to it)
     * @param notes    what was passed over, for the user
     * @param period   the census's collection year; null when the file gives no date to tell
     */
    public record Result(List<ReadResult> records, List<String> notes, CollectionPeriod period) {
    }

    /** Reads the census in a file; records are reported under the path as given. */
    public static Result read(Path file) {
        return read(file, null);
    }

    /**
     * {@link #read(Path)} with the collection year given rather than told from the census's
     * reference date or latest date ({@code null}: told from them).
     */
    public static Result read(Path file, CollectionPeriod year) {
        if (!Files.isRegularFile(file)) {
            return unreadable(file.toString(), Files.isDirectory(file) ? "it is a folder, not a file" : "there is no such file");
        }
        return read(file.toString(), () -> Files.newInputStream(file), year);
    }

    /**
     * Reads a census, such as an upload; records are reported under {@code name}.
     *
     * @param xml opens the census; it is opened once for its year and again each time the records are gone through
     */
    public static Result read(String name, IOSupplier<InputStream> xml) {
        return read(name, xml, null);
    }

    private static Result read(String name, IOSupplier<InputStream> xml, CollectionPeriod year) {
        CinCensus census = new CinCensus(name, xml, year);
        Survey survey;
        try {
            survey = census.survey();
        } catch (IOException | XMLStreamException e) {
            return unreadable(name, e.getMessage());
        }
        return census.finish(survey);
    }

    private static Result unreadable(String name, String why) {
        return new Result(List.of(new ReadResult.Rejected(new Rejection(new RecordSource(name, 1), null,
                "cannot read the Children in Need census (is it the census XML?): " + why))), List.of(), null);
    }

    /** An element and what it holds: text for a leaf, child elements otherwise. */
    record Element(String name, String path, String text, List<Element> children) {
        /** The first child element of that name, whatever its case; null when there is none. */
        Element child(String childName) {
            return children.stream().filter(c -> c.name().equalsIgnoreCase(childName)).findFirst().orElse(null);
        }

        /** Every child element of that name, whatever its case. */
        List<Element> all(String childName) {
            return children.stream().filter(c -> c.name().equalsIgnoreCase(childName)).toList();
        }
    }

    private XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    /**
     * What the first pass finds.
     *
     * @param period   the collection year; null when nothing tells it
     * @param anyChild whether the census has a child
     */
    private record Survey(CollectionPeriod period, boolean anyChild) {
    }

    /**
     * The first pass: the header's reference date, read up to the first child; without one, every
     * child is read for its latest date and let go. XML that breaks off after the first child
     * ends the pass with what was found; before it, the census cannot be read.
     */
    private Survey survey() throws IOException, XMLStreamException {
        LocalDate referenceDate = null;
        LocalDate latest = null;
        boolean sawMessage = false;
        boolean sawChild = false;
        long childNumber = 0;
        try (InputStream in = xml.get()) {
            XMLStreamReader reader = open(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = reader.getLocalName();
                    if ("Message".equalsIgnoreCase(element)) {
                        sawMessage = true;
                    } else if ("ReferenceDate".equalsIgnoreCase(element)) {
                        String text = reader.getElementText();
                        try {
                            referenceDate = Values.date(text);
                        } catch (Values.BadValue e) {
                            notes.add(name + ": Header ReferenceDate " + e.getMessage() + "; passed over");
                        }
                    } else if ("Child".equalsIgnoreCase(element)) {
                        if (!sawMessage) {
                            throw new IOException("no Message element before its first child: not a Children in Need census"
                                    + ("CHILD".equals(element) ? " (its CHILD elements are those of an SSDA903 return's XML)" : ""));
                        }
                        sawChild = true;
                        if (referenceDate != null && childNumber == 0) {
                            break;
                        }
                        childNumber++;
                        String where = name + ": Child[" + childNumber + "]";
                        ChildCase child = new ChildCase(where);
                        child.read(element(reader, where));
                        if (child.latest() != null && (latest == null || child.latest().isAfter(latest))) {
                            latest = child.latest();
                        }
                    }
                }
            } catch (XMLStreamException e) {
                if (childNumber == 0) {
                    throw e;
                }
            } finally {
                reader.close();
            }
        }
        if (!sawMessage) {
            throw new IOException("no Message element: not a Children in Need census");
        }
        // Without a reference date, the latest date's year: a census holds nothing after its year ends.
        CollectionPeriod told = referenceDate != null ? CollectionPeriod.containing(referenceDate)
                : latest != null ? CollectionPeriod.containing(latest) : null;
        if (given != null) {
            if (told != null && !told.equals(given)) {
                notes.add(name + ": read as the census for " + given.label() + " as given (its "
                        + (referenceDate != null ? "reference date " + referenceDate : "dates") + " suggest" + (referenceDate != null ? "s " : " ")
                        + told.label() + ")");
            }
            return new Survey(given, sawChild);
        }
        CollectionPeriod period = told;
        if (referenceDate == null) {
            notes.add(name + ": no Header ReferenceDate"
                    + (period == null ? "; no dates to tell the collection year" : "; the collection year was taken from its latest date"));
        }
        return new Survey(period, sawChild);
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
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "cindetails", "assessments", "cinplandates", "section47", "childprotectionplans", "reviews" -> true;
            default -> false;
        };
    }

    private Result finish(Survey survey) {
        CollectionPeriod period = survey.period();
        Map<String, LocalDate> fromYear = period == null ? Map.of() : heldFromYear(period.start());
        // Every child's earlier referrals, closed before the year, are not in the census: a re-referral cannot be told from it.
        Map<String, LocalDate> referralsFromYear = period == null ? Map.of() : Map.of("referrals", period.start());
        List<ReadResult> records = new AbstractList<>() {
            private int size = -1;

            @Override
            public Iterator<ReadResult> iterator() {
                return new Children(period, fromYear, referralsFromYear);
            }

            /** A stream of the records reads the file once, without counting them first. */
            @Override
            public Spliterator<ReadResult> spliterator() {
                return Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
            }

            @Override
            public ReadResult get(int index) {
                Iterator<ReadResult> read = iterator();
                for (int i = 0; read.hasNext(); i++) {
                    ReadResult record = read.next();
                    if (i == index) {
                        return record;
                    }
                }
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public boolean isEmpty() {
                return !survey.anyChild();
            }

            @Override
            public synchronized int size() {
                if (size < 0) {
                    int counted = 0;
                    for (Iterator<ReadResult> read = iterator(); read.hasNext(); read.next()) {
                        counted++;
                    }
                    size = counted;
                }
                return size;
            }
        };
        return new Result(records, List.copyOf(notes), period);
    }

    /**
     * One pass over the census's children, reading the file as it goes: each child is read into its
     * case when it is asked for. The file is closed at its end, or when the XML breaks off (the rest
     * is then one rejection).
     */
    private final class Children implements Iterator<ReadResult> {
        private final CollectionPeriod period;
        private final Map<String, LocalDate> fromYear;
        private final Map<String, LocalDate> referralsFromYear;
        private InputStream in;
        private XMLStreamReader reader;
        /** The children read whole so far. */
        private long number;
        private ReadResult next;
        private boolean finished;

        Children(CollectionPeriod period, Map<String, LocalDate> fromYear, Map<String, LocalDate> referralsFromYear) {
            this.period = period;
            this.fromYear = fromYear;
            this.referralsFromYear = referralsFromYear;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadResult result = next;
            next = null;
            return result;
        }

        private ReadResult advance() {
            try {
                if (reader == null) {
                    in = xml.get();
                    reader = open(in);
                }
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && "Child".equalsIgnoreCase(reader.getLocalName())) {
                        String where = name + ": Child[" + (number + 1) + "]";
                        ChildCase child = new ChildCase(where);
                        child.read(element(reader, where));
                        number++;
                        return result(child, new RecordSource(name, number), period, fromYear, referralsFromYear);
                    }
                }
                close();
                return null;
            } catch (IOException | XMLStreamException e) {
                close();
                return new ReadResult.Rejected(new Rejection(new RecordSource(name, number + 1),
                        number == 0 ? null : name + ": after Child[" + number + "]",
                        "the census cannot be read from here on (" + e.getMessage() + "): any children after this point were not read"));
            }
        }

        private void close() {
            finished = true;
            try {
                if (reader != null) {
                    reader.close();
                }
                if (in != null) {
                    in.close();
                }
            } catch (IOException | XMLStreamException e) {
                // Closing a file read to its end, or one already broken off: nothing more can be read or lost.
            }
        }
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
        Set<String> notHeld = notHeld(whole || period != null);
        if (c.authorisationUnknown()) {
            notHeld = new TreeSet<>(notHeld);
            notHeld.add("assessments.authorised");
        }
        return CaseSummaryReader.accept(c.summary(notHeld, heldFrom), source, c.warnings());
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
