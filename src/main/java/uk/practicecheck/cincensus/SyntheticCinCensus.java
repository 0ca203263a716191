package uk.practicecheck.cincensus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An invented Children in Need census for tests, demonstrations and benchmarks: children referred
 * in the year or before it, with assessments (some late), section 47 enquiries, initial conferences
 * and child protection plans with their reviews, and closures. The same seed and year always give
 * the same census. Child ids start at 5000001, apart from the synthetic SSDA903 return's.
 */
public final class SyntheticCinCensus {
    private static final String[] SOURCES = {"1A", "2A", "3A", "3E", "5A", "6", "6", "8"};
    private static final String[] NEEDS = {"N1", "N1", "N2", "N3", "N4", "N5", "N8"};
    private static final String[] CATEGORIES = {"NEG", "NEG", "EMO", "PHY", "SAB", "MUL"};
    private static final String[] CLOSURES = {"RC7", "RC8", "RC8", "RC9", "RC3"};

    private final int children;
    private final long seed;

    public SyntheticCinCensus(int children, long seed) {
        this.children = children;
        this.seed = seed;
    }

    /** Writes the census for the year ending {@code yearEnd} (31 March). */
    public void write(LocalDate yearEnd, OutputStream out) throws IOException {
        Random random = new Random(seed);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Message");
            xml.writeStartElement("Header");
            xml.writeStartElement("CollectionDetails");
            leaf(xml, "Collection", "CIN");
            leaf(xml, "Year", String.valueOf(yearEnd.getYear()));
            leaf(xml, "ReferenceDate", yearEnd.toString());
            xml.writeEndElement();
            xml.writeStartElement("Source");
            leaf(xml, "SourceLevel", "L");
            leaf(xml, "LEA", "999");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("Children");
            for (int i = 1; i <= children; i++) {
                child(xml, String.valueOf(5_000_000 + i), yearEnd, random);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void child(XMLStreamWriter xml, String id, LocalDate yearEnd, Random random) throws XMLStreamException {
        LocalDate yearStart = yearEnd.minusYears(1).plusDays(1);
        LocalDate referred = yearEnd.minusDays(10 + random.nextInt(random.nextInt(4) == 0 ? 900 : 360));
        LocalDate born = referred.minusDays(100 + random.nextInt(365 * 15));
        boolean nfa = random.nextInt(10) == 0;
        LocalDate last = referred;
        LocalDate assessed = null;
        LocalDate authorised = null;
        LocalDate s47 = null;
        boolean conference = false;
        LocalDate icpc = null;
        LocalDate planStart = null;
        List<LocalDate> reviews = new ArrayList<>();
        if (!nfa) {
            assessed = workingDays(referred, random.nextInt(3));
            authorised = workingDays(assessed, 15 + random.nextInt(random.nextInt(6) == 0 ? 50 : 28));
            if (authorised.isAfter(yearEnd)) {
                authorised = null;
            } else {
                last = authorised;
            }
            if (random.nextInt(3) == 0) {
                s47 = workingDays(referred, 1 + random.nextInt(5));
                conference = random.nextInt(3) > 0;
                if (conference) {
                    icpc = workingDays(s47, 8 + random.nextInt(random.nextInt(5) == 0 ? 20 : 8));
                    icpc = icpc.isAfter(yearEnd) ? null : icpc;
                }
                planStart = icpc != null && random.nextInt(4) > 0 ? icpc : null;
            }
        }
        if (planStart != null) {
            LocalDate review = planStart.plusMonths(3).minusDays(random.nextInt(15)).plusDays(random.nextInt(8) == 0 ? 30 : 0);
            while (!review.isAfter(yearEnd)) {
                if (!review.isBefore(yearStart)) {
                    reviews.add(review);
                }
                last = review;
                review = review.plusMonths(6).minusDays(random.nextInt(20)).plusDays(random.nextInt(8) == 0 ? 30 : 0);
            }
        }
        LocalDate closed = nfa ? referred : last.plusDays(20 + random.nextInt(200));
        boolean closes = planStart == null && !closed.isAfter(yearEnd);
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        if (closes && closed.isBefore(yearStart)) {
            return;
        }

        xml.writeStartElement("Child");
        xml.writeStartElement("ChildIdentifiers");
        leaf(xml, "LAchildID", id);
        leaf(xml, "PersonBirthDate", born.toString());
        leaf(xml, "GenderCurrent", random.nextBoolean() ? "1" : "2");
        xml.writeEndElement();
        xml.writeStartElement("ChildCharacteristics");
        leaf(xml, "Ethnicity", "WBRI");
        xml.writeEndElement();
        xml.writeStartElement("CINdetails");
        leaf(xml, "CINreferralDate", referred.toString());
        leaf(xml, "ReferralSource", SOURCES[random.nextInt(SOURCES.length)]);
        leaf(xml, "PrimaryNeedCode", NEEDS[random.nextInt(NEEDS.length)]);
        if (closes) {
            leaf(xml, "CINclosureDate", closed.toString());
            leaf(xml, "ReasonForClosure", nfa ? "RC8" : CLOSURES[random.nextInt(CLOSURES.length)]);
        }
        leaf(xml, "ReferralNFA", nfa ? "true" : "false");
        if (assessed != null) {
            xml.writeStartElement("Assessments");
            leaf(xml, "AssessmentActualStartDate", assessed.toString());
            if (authorised != null) {
                leaf(xml, "AssessmentAuthorisationDate", authorised.toString());
            }
            xml.writeEndElement();
        }
        if (s47 != null) {
            xml.writeStartElement("Section47");
            leaf(xml, "S47ActualStartDate", s47.toString());
            leaf(xml, "InitialCPCtarget", workingDays(s47, 15).toString());
            if (icpc != null) {
                leaf(xml, "DateOfInitialCPC", icpc.toString());
            }
            leaf(xml, "ICPCnotRequired", conference ? "false" : "true");
            xml.writeEndElement();
        }
        if (planStart != null) {
            xml.writeStartElement("ChildProtectionPlans");
            leaf(xml, "CPPstartDate", planStart.toString());
            leaf(xml, "InitialCategoryOfAbuse", category);
            leaf(xml, "LatestCategoryOfAbuse", category);
            leaf(xml, "NumberOfPreviousCPP", "0");
            xml.writeStartElement("Reviews");
            for (LocalDate review : reviews) {
                leaf(xml, "CPPreviewDate", review.toString());
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** {@code n} working days after {@code day}, weekends skipped (bank holidays are not worth the trouble here). */
    private static LocalDate workingDays(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    private static void leaf(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
