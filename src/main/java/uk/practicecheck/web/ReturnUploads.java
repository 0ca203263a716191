package uk.practicecheck.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.function.IOSupplier;
import uk.practicecheck.annexa.AnnexAWorkbook;
import uk.practicecheck.cincensus.CinCensus;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.returns.CaseJoiner;
import uk.practicecheck.ssda903.Ssda903Return;

/**
 * The statutory returns among an upload, read as {@code check --ssda903 … --cin-census …} reads
 * them: an SSDA903 return as its CSV tables (uploaded one by one, or in a zip archive) or its XML,
 * up to two returns (a year's and the year before's); a Children in Need census as its XML. Given
 * with Annex A workbooks, the sources are joined by child id, every disagreement a warning on the case.
 */
final class ReturnUploads {
    /** More files than any return has tables: each costs memory and parsing. */
    private static final int MAX_ARCHIVE_ENTRIES = 100;

    private final long maxUnpacked;
    private final List<Upload> looseTables = new ArrayList<>();
    private final List<Ssda903Return.Source> returns = new ArrayList<>();
    private final List<String> returnNames = new ArrayList<>();
    private Upload census;

    /** @param maxUnpacked the most an archive may unpack to, in bytes: the upload limit, so that a zip bomb is refused */
    ReturnUploads(long maxUnpacked) {
        this.maxUnpacked = maxUnpacked;
    }

    /** Takes a file of a return (a CSV table, a zip of them, an XML file); an XML file that is neither return is refused. */
    void add(Upload file) {
        switch (file.kind()) {
            case RETURN_TABLE -> looseTables.add(file);
            case ZIP -> addReturn(file.name(), unpack(file));
            case XML -> {
                if (isCensus(file)) {
                    if (census != null) {
                        throw new WebProblem(400, "Upload one Children in Need census at a time: " + census.name()
                                + " and " + file.name() + " are both censuses.");
                    }
                    census = file;
                } else {
                    addReturn(file.name(), Ssda903Return.Source.ofXml(file.name(), () -> new ByteArrayInputStream(file.bytes())));
                }
            }
            default -> throw new IllegalArgumentException(file.name() + " is not part of a statutory return");
        }
    }

    /** Whether any return was uploaded. */
    boolean any() {
        return !looseTables.isEmpty() || !returns.isEmpty() || census != null;
    }

    /**
     * The records of the returns and workbooks, joined by child id when there are several sources.
     *
     * @param records   one case a child, and the rejections
     * @param periodEnd the end of the latest collection year of the returns; null when none tells
     */
    record Joined(String name, List<ReadResult> records, LocalDate periodEnd) {
    }

    Joined read(List<Upload> workbooks) {
        if (!looseTables.isEmpty()) {
            List<Upload> tables = List.copyOf(looseTables);
            looseTables.clear();
            String name = String.join(", ", tables.stream().map(Upload::name).toList());
            addReturn(name, Ssda903Return.Source.ofCsv(name, tables.stream()
                    .map(t -> new Ssda903Return.CsvFile(t.name(), () -> new ByteArrayInputStream(t.bytes()))).toList()));
        }
        List<CaseJoiner.Source> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        LocalDate periodEnd = null;
        if (!returns.isEmpty()) {
            String name = String.join(" + ", returnNames);
            Ssda903Return.Result read = Ssda903Return.read(name, returns);
            sources.add(new CaseJoiner.Source("the SSDA903 return " + name, orWhy(read.records(), name, read.notes(),
                    "no child was found in the SSDA903 return"), read.periodEnd()));
            names.add(name);
            periodEnd = read.periodEnd();
        }
        if (census != null) {
            CinCensus.Result read = CinCensus.read(census.name(), () -> new ByteArrayInputStream(census.bytes()));
            sources.add(new CaseJoiner.Source("the Children in Need census " + census.name(), orWhy(read.records(),
                    census.name(), read.notes(), "no child was found in the Children in Need census"),
                    read.period() == null ? null : read.period().end()));
            names.add(census.name());
            LocalDate end = read.period() == null ? null : read.period().end();
            periodEnd = periodEnd == null || end != null && end.isAfter(periodEnd) ? end : periodEnd;
        }
        for (Upload workbook : workbooks) {
            AnnexAWorkbook.Result read = AnnexAWorkbook.read(workbook.name(), new ByteArrayInputStream(workbook.bytes()));
            sources.add(new CaseJoiner.Source("the Annex A workbook " + workbook.name(), orWhy(read.records(),
                    workbook.name(), read.notes(), "no child was found in the workbook (is it an Annex A child-level workbook?)")));
            names.add(workbook.name());
        }
        List<ReadResult> records = sources.size() == 1 ? sources.get(0).records() : new CaseJoiner().join(sources);
        return new Joined(String.join(" + ", names), records, periodEnd);
    }

    private void addReturn(String name, Ssda903Return.Source source) {
        if (returns.size() == 2 || returns.size() == 1 && !looseTables.isEmpty()) {
            throw new WebProblem(400, "Upload at most two SSDA903 returns, a year's and the year before's (each as its"
                    + " CSV tables, a zip of them, or its XML): " + name + " would be a third.");
        }
        returns.add(source);
        returnNames.add(name);
    }

    /** A source's records; none at all is one rejection saying why, from the reader's notes. */
    private static List<ReadResult> orWhy(List<ReadResult> records, String name, List<String> notes, String what) {
        if (!records.isEmpty()) {
            return records;
        }
        String why = notes.isEmpty() ? "" : ": " + String.join("; ", notes);
        return List.of(new ReadResult.Rejected(new Rejection(new RecordSource(name, 1), null, what + why)));
    }

    /**
     * A zip archive's CSV tables (or its one XML), unpacked in memory, never to more than the upload
     * limit nor more than {@link #MAX_ARCHIVE_ENTRIES} files; folders inside and files of other kinds are passed over.
     */
    private Ssda903Return.Source unpack(Upload zip) {
        List<Ssda903Return.CsvFile> tables = new ArrayList<>();
        List<IOSupplier<InputStream>> xml = new ArrayList<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ARCHIVE_ENTRIES) {
                    throw new WebProblem(413, zip.name() + " holds more than " + MAX_ARCHIVE_ENTRIES + " files: a return has"
                            + " a dozen tables. Zip only the return's CSV tables.");
                }
                String name = entry.getName();
                boolean csv = Ssda903Return.isReturnFile(name, ".csv");
                if (entry.isDirectory() || !csv && !Ssda903Return.isReturnFile(name, ".xml")) {
                    continue;
                }
                byte[] bytes = bounded(in, maxUnpacked - unpacked, zip.name());
                unpacked += bytes.length;
                if (csv) {
                    tables.add(new Ssda903Return.CsvFile(zip.name() + ": " + name, () -> new ByteArrayInputStream(bytes)));
                } else {
                    xml.add(() -> new ByteArrayInputStream(bytes));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new WebProblem(400, zip.name() + " could not be unpacked as a zip archive: upload the return's CSV"
                    + " tables in a .zip, or the tables themselves.");
        }
        try {
            return Ssda903Return.Source.ofArchive(zip.name(), tables, xml);
        } catch (IllegalArgumentException e) {
            throw new WebProblem(400, e.getMessage() + ": zip one return's CSV tables, or upload its XML.");
        }
    }

    private byte[] bounded(InputStream in, long left, String zipName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > left) {
                throw new WebProblem(413, zipName + " unpacks to more than the upload limit of "
                        + Uploads.megabytes(maxUnpacked) + ": upload fewer tables at a time, or use the command line.");
            }
        }
        return out.toByteArray();
    }

    /**
     * Whether an uploaded XML file is a Children in Need census rather than an SSDA903 return: the
     * census names its elements in mixed case ({@code Message}, {@code Children}, {@code Child}), the
     * SSDA903 return in capitals ({@code CHILD}, {@code EPISODE}). Only the first elements are read.
     */
    private static boolean isCensus(Upload file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(file.bytes()));
            try {
                for (int seen = 0; xml.hasNext() && seen < 200; ) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        seen++;
                        switch (xml.getLocalName()) {
                            case "Children", "Child", "CINdetails", "ChildIdentifiers" -> {
                                return true;
                            }
                            case "CHILD", "EPISODE", "EXPSSDA903", "HEADER" -> {
                                return false;
                            }
                            default -> {
                                // The header of either: read on.
                            }
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new WebProblem(400, file.name() + " is not well-formed XML: upload an SSDA903 return's XML or a"
                    + " Children in Need census.");
        }
        throw new WebProblem(415, file.name() + " is XML but neither an SSDA903 return (CHILD elements) nor a Children"
                + " in Need census (Child elements).");
    }
}
