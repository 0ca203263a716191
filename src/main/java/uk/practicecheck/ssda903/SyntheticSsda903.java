package uk.practicecheck.ssda903;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Invented SSDA903 returns for tests, demonstrations and benchmarks: children with whole care
 * histories (episodes under changing legal statuses and placements, reviews, some late, missing
 * episodes, adoptions), of which each collection year's return holds the part the specification
 * says it does. The same seed and year always give the same return, and the return for the year
 * before is cut from the same histories, so the two join up.
 */
public final class SyntheticSsda903 {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ENTRY_STATUS = {"V2", "V2", "V2", "C1", "C1", "C1", "L2", "V4", "J1"};
    private static final String[] FOSTER = {"U6", "U6", "U6", "U3", "K2", "R1", "P1", "H5"};
    private static final String[] LEFT_CARE = {"E4A", "E4A", "E13", "E41", "E45", "E48", "E17", "E5", "E8"};

    private final List<History> histories = new ArrayList<>();
    private final LocalDate worldEnd;

    /**
     * Histories for {@code children} children up to {@code yearEnd} (31 March of the latest year).
     */
    public SyntheticSsda903(int children, long seed, LocalDate yearEnd) {
        this.worldEnd = yearEnd;
        Random random = new Random(seed);
        for (int i = 1; i <= children; i++) {
            histories.add(history(String.format("%07d", i), random));
        }
    }

    private record Episode(LocalDate start, LocalDate end, String rne, String ls, String place, String rec) {
    }

    private record Missing(String kind, LocalDate start, LocalDate end) {
    }

    private record History(String id, String sex, LocalDate born, List<Episode> episodes, List<LocalDate> reviews,
                           List<String> reviewCodes, List<Missing> missing, LocalDate adoptionDecision,
                           LocalDate matched) {
    }

    private History history(String id, Random random) {
        LocalDate start = worldEnd.minusDays(30 + random.nextInt(365 * 3));
        LocalDate born = start.minusDays(200 + random.nextInt(365 * 16));
        boolean adoption = born.plusYears(4).isAfter(start) && random.nextInt(3) == 0;
        List<Episode> episodes = new ArrayList<>();
        String ls = adoption ? "C1" : ENTRY_STATUS[random.nextInt(ENTRY_STATUS.length)];
        String place = adoption ? "U6" : FOSTER[random.nextInt(FOSTER.length)];
        String rne = "S";
        LocalDate day = start;
        LocalDate decision = null;
        LocalDate matched = null;
        int steps = 0;
        while (true) {
            LocalDate next = day.plusDays(40 + random.nextInt(260));
            if (next.isAfter(worldEnd)) {
                episodes.add(new Episode(day, null, rne, ls, place, null));
                break;
            }
            steps++;
            if (!adoption && random.nextInt(4) == 0 && steps > 1) {
                episodes.add(new Episode(day, next, rne, ls, place, LEFT_CARE[random.nextInt(LEFT_CARE.length)]));
                break;
            }
            episodes.add(new Episode(day, next, rne, ls, place, "X1"));
            day = next;
            if (adoption) {
                if ("C1".equals(ls)) {
                    decision = day.minusDays(10 + random.nextInt(40));
                    ls = "E1";
                    rne = "L";
                } else if (!place.startsWith("A")) {
                    place = random.nextBoolean() ? "A5" : "A6";
                    rne = "A5".equals(place) ? "B" : "P";
                    matched = day.minusDays(7 + random.nextInt(30));
                } else {
                    episodes.set(episodes.size() - 1, new Episode(episodes.get(episodes.size() - 1).start(), day,
                            episodes.get(episodes.size() - 1).rne(), ls, place, random.nextBoolean() ? "E11" : "E12"));
                    break;
                }
            } else if ("C1".equals(ls) && random.nextBoolean()) {
                ls = "C2";
                rne = "L";
            } else {
                place = FOSTER[random.nextInt(FOSTER.length)];
                if (place.equals("U6") && random.nextInt(3) == 0) {
                    place = "U4";
                }
                rne = "P";
            }
        }
        LocalDate left = episodes.get(episodes.size() - 1).end();
        List<LocalDate> reviews = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        LocalDate review = start.plusDays(random.nextInt(8) == 0 ? 35 : 18 + random.nextInt(10));
        int number = 0;
        while (!review.isAfter(worldEnd) && (left == null || !review.isAfter(left))) {
            reviews.add(review);
            codes.add(born.plusYears(4).isAfter(review) ? "PN0" : "PN" + (1 + random.nextInt(7)));
            number++;
            int months = number == 1 ? 3 : 6;
            review = review.plusMonths(months).minusDays(random.nextInt(20)).plusDays(random.nextInt(10) == 0 ? 40 : 0);
        }
        List<Missing> missing = new ArrayList<>();
        if (random.nextInt(6) == 0 && !born.plusYears(10).isAfter(start)) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                LocalDate went = start.plusDays(random.nextInt(Math.max(1, (int) (worldEnd.toEpochDay() - start.toEpochDay()))));
                if (left == null || went.isBefore(left)) {
                    missing.add(new Missing(random.nextInt(4) == 0 ? "A" : "M", went, went.plusDays(random.nextInt(3))));
                }
            }
        }
        return new History(id, random.nextBoolean() ? "1" : "2", born, episodes, reviews, codes, missing, decision, matched);
    }

    /** The tables of the return for the year ending {@code yearEnd}: each a list of rows, headings first. */
    Map<Ssda903Table, List<List<String>>> tables(LocalDate yearEnd) {
        LocalDate yearStart = yearEnd.minusYears(1).plusDays(1);
        Map<Ssda903Table, List<List<String>>> tables = new EnumMap<>(Ssda903Table.class);
        for (Ssda903Table table : Ssda903Table.values()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(table.columns());
            tables.put(table, rows);
        }
        for (History h : histories) {
            List<Episode> inYear = h.episodes().stream()
                    .filter(e -> !e.start().isAfter(yearEnd) && (e.end() == null || !e.end().isBefore(yearStart))).toList();
            if (inYear.isEmpty()) {
                continue;
            }
            String dob = uk(h.born());
            tables.get(Ssda903Table.HEADER).add(List.of(h.id(), h.sex(), dob, "WBRI", "", "", ""));
            if (unaccompanied(h.id())) {
                tables.get(Ssda903Table.UASC).add(List.of(h.id(), h.sex(), dob, ""));
            }
            for (Episode e : inYear) {
                boolean endsInYear = e.end() != null && !e.end().isAfter(yearEnd);
                tables.get(Ssda903Table.EPISODES).add(List.of(h.id(), uk(e.start()), e.rne(), e.ls(), "N1", e.place(), "PR1",
                        endsInYear ? uk(e.end()) : "", endsInYear ? e.rec() : "", "", "", "", ""));
            }
            for (int i = 0; i < h.reviews().size(); i++) {
                LocalDate review = h.reviews().get(i);
                if (!review.isBefore(yearStart) && !review.isAfter(yearEnd)) {
                    tables.get(Ssda903Table.REVIEWS).add(List.of(h.id(), dob, uk(review), h.reviewCodes().get(i)));
                }
            }
            for (Missing m : h.missing()) {
                if (!m.start().isBefore(yearStart) && !m.start().isAfter(yearEnd)) {
                    tables.get(Ssda903Table.MISSING).add(List.of(h.id(), dob, m.kind(), uk(m.start()),
                            m.end().isAfter(yearEnd) ? "" : uk(m.end())));
                }
            }
            if (h.adoptionDecision() != null && !h.adoptionDecision().isAfter(yearEnd)) {
                tables.get(Ssda903Table.PLACED_ADOPTION).add(List.of(h.id(), dob, uk(h.adoptionDecision()), "", ""));
            }
            Episode last = h.episodes().get(h.episodes().size() - 1);
            if (last.end() != null && ("E11".equals(last.rec()) || "E12".equals(last.rec()))
                    && !last.end().isBefore(yearStart) && !last.end().isAfter(yearEnd)) {
                tables.get(Ssda903Table.AD1).add(List.of(h.id(), dob, uk(h.adoptionDecision()), uk(h.matched()),
                        "A5".equals(last.place()) ? "1" : "0", "2", "MF", "L0"));
            }
            if (h.born().plusYears(18).isBefore(yearEnd) && last.end() != null && !last.end().isAfter(yearEnd)) {
                tables.get(Ssda903Table.OC3).add(List.of(h.id(), dob, "YES", "F2", "S"));
            }
            LocalDate allocated = inYear.get(0).start().isBefore(yearStart) ? yearStart : inYear.get(0).start();
            tables.get(Ssda903Table.SW_EPISODES).add(List.of(h.id(), dob, socialWorker(h.id()), uk(allocated), "", ""));
        }
        return tables;
    }

    /** Whether an invented child is an unaccompanied asylum seeker: about one in 25 (not drawn, so the histories stay as they were). */
    private static boolean unaccompanied(String childId) {
        return Math.floorMod(childId.hashCode() * 31 + 7, 25) == 0;
    }

    /** An invented social worker id, one of 40, the same for a child in every year (not drawn, so the histories stay as they were). */
    private static String socialWorker(String childId) {
        return "SW" + (1 + Math.floorMod(childId.hashCode(), 40));
    }

    private static String uk(LocalDate date) {
        return date == null ? "" : date.format(UK);
    }

    /** Writes the return for the year ending {@code yearEnd} as CSV tables, one a file, into {@code folder}. */
    public void writeCsv(LocalDate yearEnd, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<Ssda903Table, List<List<String>>> table : tables(yearEnd).entrySet()) {
            try (Writer out = Files.newBufferedWriter(folder.resolve(table.getKey().label() + ".csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build())) {
                for (List<String> row : table.getValue()) {
                    csv.printRecord(row);
                }
            }
        }
    }

    /** Writes the return for the year ending {@code yearEnd} in its XML form. */
    public void writeXml(LocalDate yearEnd, OutputStream out) throws IOException {
        Map<Ssda903Table, Map<String, List<List<String>>>> tables = byChild(tables(yearEnd));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("EXPSSDA903");
            for (List<List<String>> rows : tables.get(Ssda903Table.HEADER).values()) {
                List<String> child = rows.get(0);
                String id = child.get(0);
                xml.writeStartElement("CHILD");
                xml.writeStartElement("HEADER");
                leaf(xml, "CHILDID", id);
                leaf(xml, "SEX", child.get(1));
                leaf(xml, "DOB", child.get(2));
                leaf(xml, "ETHNIC", child.get(3));
                leaf(xml, "UASC", rowsOf(tables, Ssda903Table.UASC, id).isEmpty() ? "0" : "1");
                for (List<String> row : rowsOf(tables, Ssda903Table.AD1, id)) {
                    leaf(xml, "DATE_INT", row.get(2));
                    leaf(xml, "DATE_MATCH", row.get(3));
                    leaf(xml, "FOSTER_CARE", row.get(4));
                    leaf(xml, "NB_ADOPTR", row.get(5));
                    leaf(xml, "SEX_ADOPTR", row.get(6));
                    leaf(xml, "LS_ADOPTR", row.get(7));
                }
                for (List<String> row : rowsOf(tables, Ssda903Table.OC3, id)) {
                    leaf(xml, "IN_TOUCH", row.get(2));
                    leaf(xml, "ACTIV", row.get(3));
                    leaf(xml, "ACCOM", row.get(4));
                }
                group(xml, "AREVIEW", rowsOf(tables, Ssda903Table.REVIEWS, id), List.of("REVIEW", "REVIEW_CODE"), 2);
                group(xml, "AMISSING", rowsOf(tables, Ssda903Table.MISSING, id), List.of("MISSING", "MIS_START", "MIS_END"), 2);
                group(xml, "AD_PLACED", rowsOf(tables, Ssda903Table.PLACED_ADOPTION, id),
                        List.of("DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"), 2);
                xml.writeEndElement();
                group(xml, "EPISODE", rowsOf(tables, Ssda903Table.EPISODES, id),
                        List.of("DECOM", "RNE", "LS", "CIN", "PL", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE",
                                "HOME_POST", "PL_POST", "URN"), 1);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Each table's rows (without its headings) by child, in the order first met: found by child, not searched for. */
    private static Map<Ssda903Table, Map<String, List<List<String>>>> byChild(Map<Ssda903Table, List<List<String>>> tables) {
        Map<Ssda903Table, Map<String, List<List<String>>>> byChild = new java.util.EnumMap<>(Ssda903Table.class);
        tables.forEach((table, rows) -> {
            Map<String, List<List<String>>> children = new java.util.LinkedHashMap<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                children.computeIfAbsent(row.get(0), id -> new java.util.ArrayList<>()).add(row);
            }
            byChild.put(table, children);
        });
        return byChild;
    }

    private static List<List<String>> rowsOf(Map<Ssda903Table, Map<String, List<List<String>>>> tables, Ssda903Table table, String id) {
        return tables.get(table).getOrDefault(id, List.of());
    }

    private static void group(XMLStreamWriter xml, String name, List<List<String>> rows, List<String> elements, int from)
            throws XMLStreamException {
        for (List<String> row : rows) {
            xml.writeStartElement(name);
            for (int i = 0; i < elements.size(); i++) {
                leaf(xml, elements.get(i), row.get(from + i));
            }
            xml.writeEndElement();
        }
    }

    private static void leaf(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
