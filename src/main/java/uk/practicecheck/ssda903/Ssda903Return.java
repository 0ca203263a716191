package uk.practicecheck.ssda903;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.function.IOSupplier;
import org.apache.commons.io.input.BOMInputStream;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.returns.CollectionPeriod;
import uk.practicecheck.returns.Values;

/**
 * Reads an SSDA903 (children looked after) return, as its CSV tables in a folder or as its XML
 * file, into case summaries, one a child, joining the tables on the child's id. A second return
 * for the year before adds the earlier history. Rows are streamed, and brought together child by
 * child by sorting them on their child's id, through temporary files once they outgrow a budget
 * ({@link ExternalSort}); a second sort puts the children back in the order first met. Memory does
 * not grow with the number of children or rows: each child's case is built from its rows alone.
 *
 * <p>Nothing stops the read but an unreadable file. A cell that cannot be read, or a row without
 * the date that makes it an event, rejects that child's case, naming the file, table, row and
 * column (or XML path); every other child is still read. An unknown code is a warning.
 */
public final class Ssda903Return {
    /** The most runs merged at once: few enough open files, each with its small buffer. */
    private static final int FAN_IN = 64;

    private final String name;
    /** Every row naming a child, by child and then in the order read. */
    private final ExternalSort rows;
    /**
     * The records, in the order first met: a child (with all its rows) under the number of its first
     * row, or a problem with a row that names no child under the number of that row.
     */
    private final ExternalSort records;
    /** The number of the next row read, in the order read, across every table and return. */
    private long rowNumber;
    /** Per return: how many children have an episode open in each collection year, for its year. */
    private final List<OpenYears> openByReturn = new ArrayList<>();
    /** Why a return (or a file of one) could not be read at all: each a record of its own, before the children. */
    private final List<String> notes = new ArrayList<>();
    private final List<Set<Ssda903Table>> tablesByReturn = new ArrayList<>();
    private final List<LatestDates> latestByReturn = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    /** The collection year given for the (latest) return; null to tell it from the return's dates. */
    private final CollectionPeriod given;

    /**
     * @param budget the memory the rows kept before some are written to a temporary file may take
     *               (roughly, in bytes), for each of the two sorts; {@link Long#MAX_VALUE} to keep them in memory
     */
    private Ssda903Return(String name, CollectionPeriod given, long budget) {
        this.name = name;
        this.given = given;
        this.rows = new ExternalSort(budget, FAN_IN);
        this.records = new ExternalSort(budget, FAN_IN);
    }

    /**
     * The memory the rows of a return read from files may take before some are written to a
     * temporary file: a sixteenth of the heap, from 1 MB to 32 MB, for each of the two sorts.
     */
    private static long spillBudget() {
        return Math.max(1L << 20, Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 16));
    }

    /**
     * Everything read from one year's return, or two.
     *
     * @param records one result a child (or a row naming no child), in the order first seen; each case is
     *                built as it is read from the list, so read each once
     * @param notes   what was passed over, for the user: files not recognised, tables missing
     * @param periods the collection year of each return, as given (null where a return has no dates to tell)
     * @param heldFrom the first day of the history the returns hold together; null when unknown
     */
    public record Result(List<ReadResult> records, List<String> notes, List<CollectionPeriod> periods, LocalDate heldFrom) {
        /** The end of the latest collection year given; null when none is known. */
        public LocalDate periodEnd() {
            return periods.stream().filter(p -> p != null).map(CollectionPeriod::end).max(Comparator.naturalOrder()).orElse(null);
        }
    }

    /**
     * Reads one return, or a return and the one for the year before (in either order): each a folder
     * of CSV tables or an XML file. Records are reported under the paths as given.
     */
    public static Result read(List<Path> returns) {
        return read(returns, null);
    }

    /**
     * {@link #read(List)} with the collection year of the latest return given rather than told from
     * its dates ({@code null}: told from them); with two returns, the other is for the year before.
     */
    public static Result read(List<Path> returns, CollectionPeriod year) {
        return read(returns, year, spillBudget());
    }

    /** {@link #read(List, CollectionPeriod)}, keeping rows in memory up to {@code budget} bytes (for tests). */
    static Result read(List<Path> returns, CollectionPeriod year, long budget) {
        String name = returns.stream().map(Path::toString).collect(Collectors.joining(" + "));
        Ssda903Return reader = new Ssda903Return(name, year, budget);
        for (int i = 0; i < returns.size(); i++) {
            reader.readReturn(returns.get(i), i);
        }
        return reader.finish();
    }

    /** Reads the XML form of a return from a stream, such as an upload; records are reported under {@code name}. */
    public static Result readXml(String name, InputStream xml) {
        // An upload is in memory already: its rows are kept there too.
        Ssda903Return reader = new Ssda903Return(name, null, Long.MAX_VALUE);
        reader.startReturn(name);
        try {
            new XmlTables(reader.rowsOf(0), name).read(xml);
        } catch (IOException | RuntimeException e) {
            reader.unreadable.add(name + ": cannot read the XML (" + e.getMessage() + ")");
        }
        reader.tablesByReturn.set(0, EnumSet.copyOf(XmlTables.TABLES));
        return reader.finish();
    }

    private void startReturn(String where) {
        tablesByReturn.add(EnumSet.noneOf(Ssda903Table.class));
        latestByReturn.add(new LatestDates(where));
        openByReturn.add(new OpenYears());
    }

    /**
     * The dates of one return, for its collection year: the latest, and how many fall in each
     * collection year (a few entries, not a date a row).
     */
    private static final class LatestDates {
        private final String where;
        private LocalDate latest;
        private Ssda903Table latestTable;
        private long latestRow;
        private final Map<LocalDate, Long> byYearEnd = new TreeMap<>();

        LatestDates(String where) {
            this.where = where;
        }

        /** A date in the row numbered {@code row}: of two rows with the latest date, the one read first names the table. */
        void saw(Ssda903Table table, LocalDate date, long row) {
            if (latest == null || date.isAfter(latest) || date.equals(latest) && row < latestRow) {
                latest = date;
                latestTable = table;
                latestRow = row;
            }
            byYearEnd.merge(Values.collectionYearEnd(date), 1L, Long::sum);
        }

        /** A note when some dates fall after the year's end; null when none do. */
        String lateDates(CollectionPeriod period) {
            if (period == null) {
                return null;
            }
            long after = byYearEnd.entrySet().stream().filter(e -> e.getKey().isAfter(period.end())).mapToLong(Map.Entry::getValue).sum();
            if (after == 0) {
                return null;
            }
            return where + ": " + after + (after == 1 ? " date falls" : " dates fall") + " after the end of its collection year ("
                    + period + "), the latest " + latest + " in the " + latestTable.label() + " table; they are kept, and a"
                    + " check as of the year's end passes over them";
        }
    }

    /**
     * A return's collection year. A return lists the children looked after at some time in its
     * year, so the year is the one in which the most of its children have an episode open (every
     * child, in a return as sent), the latest such year no later than the return's latest date. This
     * is the year the latest date falls in for a return as the Department for Education accepts it,
     * and the right one for the public sample returns, whose reviews run on for years after their
     * episodes; a return with no episodes is taken to be for the year its latest date falls in.
     */
    private CollectionPeriod period(int index) {
        LatestDates dates = latestByReturn.get(index);
        if (dates.latest == null) {
            return null;
        }
        OpenYears open = openByReturn.get(index);
        if (open.earliestStart == null) {
            return CollectionPeriod.containing(dates.latest);
        }
        LocalDate latestEnd = Values.collectionYearEnd(dates.latest);
        LocalDate best = latestEnd;
        long bestCount = -1;
        for (LocalDate end = latestEnd; !end.isBefore(Values.collectionYearEnd(open.earliestStart)); end = end.minusYears(1)) {
            long children = open.childrenIn(end);
            if (children > bestCount) {
                best = end;
                bestCount = children;
            }
        }
        return CollectionPeriod.containing(best);
    }

    /**
     * How many of a return's children have an episode open in each collection year, counted child
     * by child as each child's rows come together: a few numbers a year, not a child's episodes.
     */
    private static final class OpenYears {
        private LocalDate earliestStart;
        /** By the year a collection year ends: how many more children are open in it than in the year before. */
        private final TreeMap<Integer, Long> change = new TreeMap<>();

        /** Counts a child with these episodes (in this return) once in every year one of them is open in. */
        void child(List<ChildFacts.Episode> episodes) {
            List<int[]> spans = new ArrayList<>();
            for (ChildFacts.Episode e : episodes) {
                if (earliestStart == null || e.start().isBefore(earliestStart)) {
                    earliestStart = e.start();
                }
                int from = Values.collectionYearEnd(e.start()).getYear();
                int to = e.end() == null ? Integer.MAX_VALUE : Values.collectionYearEnd(e.end()).getYear();
                if (to >= from) {
                    spans.add(new int[] {from, to});
                }
            }
            spans.sort(Comparator.comparingInt(span -> span[0]));
            int[] open = null;
            for (int[] span : spans) {
                if (open != null && span[0] <= open[1]) {
                    open[1] = Math.max(open[1], span[1]);
                } else {
                    count(open);
                    open = span;
                }
            }
            count(open);
        }

        private void count(int[] span) {
            if (span != null) {
                change.merge(span[0], 1L, Long::sum);
                if (span[1] != Integer.MAX_VALUE) {
                    change.merge(span[1] + 1, -1L, Long::sum);
                }
            }
        }

        /** How many children have an episode open in the collection year ending on {@code yearEnd}. */
        long childrenIn(LocalDate yearEnd) {
            return change.headMap(yearEnd.getYear(), true).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private void readReturn(Path path, int index) {
        startReturn(path.toString());
        try {
            if (!Files.exists(path)) {
                unreadable.add(path + ": there is no such file or folder");
            } else if (Files.isDirectory(path)) {
                readFolder(path, index);
            } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                readArchive(path, index);
            } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                // One table given on its own, such as the episodes: what the other tables hold is not held.
                readTables(path.toString(), List.of(new CsvFile(path.toString(), () -> Files.newInputStream(path))), index);
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    new XmlTables(rowsOf(index), path.toString()).read(in);
                }
                tablesByReturn.get(index).addAll(XmlTables.TABLES);
            }
        } catch (IOException | RuntimeException e) {
            unreadable.add(path + ": cannot read the return (" + e.getMessage() + ")");
        }
    }

    private void readFolder(Path folder, int index) throws IOException {
        List<CsvFile> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().map(f -> new CsvFile(f.toString(), () -> Files.newInputStream(f))).toList();
        }
        readTables(folder.toString(), files, index);
    }

    /**
     * A zip archive of the return's CSV tables (in any folder inside it) or of its one XML file, read
     * in place: what the web upload accepts, for the command line.
     */
    private void readArchive(Path zip, int index) throws IOException {
        try (FileSystem archive = FileSystems.newFileSystem(zip); Stream<Path> entries = Files.walk(archive.getPath("/"))) {
            List<CsvFile> csv = new ArrayList<>();
            List<IOSupplier<InputStream>> xml = new ArrayList<>();
            for (Path entry : entries.filter(Files::isRegularFile).sorted().toList()) {
                String name = entry.toString().substring(1);
                if (isReturnFile(name, ".csv")) {
                    csv.add(new CsvFile(zip + ": " + name, () -> Files.newInputStream(entry)));
                } else if (isReturnFile(name, ".xml")) {
                    xml.add(() -> Files.newInputStream(entry));
                }
            }
            readFrom(Source.ofArchive(zip.toString(), csv, xml), index);
        } catch (IllegalArgumentException e) {
            unreadable.add(e.getMessage() + ": zip one return's CSV tables, or its XML");
        }
    }

    /**
     * Whether a zip archive's entry may be one of a return's files of this kind: not a folder, nor a
     * hidden file such as those macOS adds under {@code __MACOSX/}.
     */
    public static boolean isReturnFile(String entryName, String extension) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return lower.endsWith(extension) && !lower.startsWith("__macosx/") && !lower.contains("/.") && !lower.startsWith(".");
    }

    /**
     * One CSV file of a return, such as an uploaded one.
     *
     * @param name what reports call it: its path, or the name it was uploaded under
     * @param open opens it; it is opened twice, once for its headings
     */
    public record CsvFile(String name, IOSupplier<InputStream> open) {
        /** The name without any folder before it. */
        String fileName() {
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
    }

    /**
     * One return given as files rather than a folder, such as an upload: its CSV tables, or its XML.
     *
     * @param name what notes call it
     * @param csv  its CSV tables, recognised as in a folder (empty for XML)
     * @param xml  opens its XML; null for CSV tables
     */
    public record Source(String name, List<CsvFile> csv, IOSupplier<InputStream> xml) {
        public static Source ofCsv(String name, List<CsvFile> csv) {
            return new Source(name, List.copyOf(csv), null);
        }

        public static Source ofXml(String name, IOSupplier<InputStream> xml) {
            return new Source(name, List.of(), xml);
        }

        /**
         * A zip archive's return, from the CSV tables and XML files found in it.
         *
         * @throws IllegalArgumentException saying why, when it holds neither, or both, or several XML files
         */
        public static Source ofArchive(String name, List<CsvFile> csv, List<IOSupplier<InputStream>> xml) {
            if (!csv.isEmpty() && xml.isEmpty()) {
                return ofCsv(name, csv);
            }
            if (csv.isEmpty() && xml.size() == 1) {
                return ofXml(name, xml.get(0));
            }
            throw new IllegalArgumentException(name + (csv.isEmpty() && xml.isEmpty() ? " holds no .csv table and no .xml file"
                    : " holds both CSV tables and XML, or several XML files"));
        }
    }

    /**
     * Reads one return, or a return and the one for the year before (in either order), given as
     * files; records are reported under {@code name}.
     */
    public static Result read(String name, List<Source> returns) {
        // Uploads are in memory already: their rows are kept there too.
        Ssda903Return reader = new Ssda903Return(name, null, Long.MAX_VALUE);
        for (int i = 0; i < returns.size(); i++) {
            reader.readSource(returns.get(i), i);
        }
        return reader.finish();
    }

    private void readSource(Source source, int index) {
        startReturn(source.name());
        try {
            readFrom(source, index);
        } catch (IOException | RuntimeException e) {
            unreadable.add(source.name() + ": cannot read the return (" + e.getMessage() + ")");
        }
    }

    private void readFrom(Source source, int index) throws IOException {
        if (source.xml() != null) {
            try (InputStream in = source.xml().get()) {
                new XmlTables(rowsOf(index), source.name()).read(in);
            }
            tablesByReturn.get(index).addAll(XmlTables.TABLES);
        } else {
            readTables(source.name(), source.csv(), index);
        }
    }

    private void readTables(String where, List<CsvFile> files, int index) throws IOException {
        if (files.isEmpty()) {
            unreadable.add(where + ": no .csv tables in the folder");
            return;
        }
        List<CsvTable> tables = new ArrayList<>();
        for (CsvFile file : files) {
            CsvTable table = identify(file);
            if (table != null) {
                tables.add(table);
            }
        }
        // The Header table first, then Episodes and the rest: children are numbered in the order first met.
        tables.sort(Comparator.comparing(CsvTable::table).thenComparing(t -> t.file().name()));
        for (CsvTable table : tables) {
            readCsv(table, index);
        }
        Set<Ssda903Table> found = tablesByReturn.get(index);
        // DoLo is new in 2026-27 and feeds nothing a rule reads: a return without it is not short of anything.
        List<String> missing = Stream.of(Ssda903Table.values()).filter(t -> t != Ssda903Table.DOLO && !found.contains(t))
                .map(Ssda903Table::label).toList();
        if (!missing.isEmpty()) {
            notes.add(where + ": no " + String.join(", ", missing) + " table (what they hold is not held)");
        }
    }

    /** A CSV file recognised as one of the return's tables, with its headings in upper case. */
    private record CsvTable(CsvFile file, Ssda903Table table, List<String> headings) {
    }

    /**
     * A parser of the file's rows: UTF-8, with or without a byte-order mark, or UTF-16 with one (as
     * Excel's "Unicode text" saves it).
     */
    private static CSVParser parser(CsvFile file) throws IOException {
        BOMInputStream in = BOMInputStream.builder().setInputStream(file.open().get())
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
        String charset = in.getBOMCharsetName();
        Reader reader = new InputStreamReader(in, charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset));
        return CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build());
    }

    /** Which table a file holds, by its headings or else its name; null (with a note) when none. */
    private CsvTable identify(CsvFile file) throws IOException {
        List<String> headings = new ArrayList<>();
        try (CSVParser parser = parser(file)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                notes.add(file.name() + ": empty file, passed over");
                return null;
            }
            records.next().forEach(h -> headings.add(h.strip().toUpperCase(Locale.ROOT)));
        }
        Ssda903Table table = Ssda903Table.byHeadings(headings);
        if (table == null) {
            Ssda903Table named = Ssda903Table.byFileName(file.fileName());
            if (named == null || !headings.contains("CHILD")) {
                notes.add(file.name() + ": not an SSDA903 table (no CHILD heading, or headings that name no table): passed over");
                return null;
            }
            table = named;
        }
        List<String> absent = table.columns().stream().filter(c -> !headings.contains(c)).toList();
        if (!absent.isEmpty()) {
            notes.add(file.name() + " (" + table.label() + "): no " + String.join(", ", absent) + " column");
        }
        return new CsvTable(file, table, headings);
    }

    private void readCsv(CsvTable csv, int index) throws IOException {
        tablesByReturn.get(index).add(csv.table());
        Rows rows = rowsOf(index);
        List<String> headings = csv.headings();
        String fileName = csv.file().name();
        Ssda903Table table = csv.table();
        try (CSVParser parser = parser(csv.file())) {
            var records = parser.iterator();
            records.next();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < headings.size() && i < record.size(); i++) {
                    values.putIfAbsent(headings.get(i), record.get(i));
                }
                if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                String at = table.label() + " table (" + fileName + "), row " + record.getRecordNumber();
                rows.row(table, values, at, false);
            }
        }
    }

    /** Receives the rows of one return's tables, from CSV or XML alike. */
    interface RowSink {
        /**
         * One row of a table.
         *
         * @param values cell text by column heading
         * @param at     where the row is, in words
         * @param xml    whether the row is a group of the XML form, whose cells are named by path
         */
        void row(Ssda903Table table, Map<String, String> values, String at, boolean xml) throws IOException;
    }

    /** Keeps one return's rows until every table has been read, each under its child. */
    final class Rows implements RowSink {
        private final int index;

        Rows(int index) {
            this.index = index;
        }

        @Override
        public void row(Ssda903Table table, Map<String, String> values, String at, boolean xml) throws IOException {
            String childId = Values.text(values.get("CHILD"));
            TableRow row = TableRow.of(table, index, at, xml, values);
            long number = rowNumber++;
            if (childId == null) {
                records.add("", number, problem(row.columnAt("CHILD"),
                        "the row has no child id, so it cannot be joined to a child: the row was not read"));
            } else {
                rows.add(childId, number, row.toBytes());
            }
        }
    }

    Rows rowsOf(int index) {
        return new Rows(index);
    }

    /** What a record of the second sort is: a child with its rows, or a row's problem. */
    private static final byte CHILD = 0;
    private static final byte PROBLEM = 1;

    private static byte[] problem(String where, String reason) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(PROBLEM);
            Bytes.writeString(out, where);
            Bytes.writeString(out, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Brings each child's rows together (the rows sorted by child), reads them into the child's
     * facts for its returns' collection years, and keeps the child's rows under the number of its
     * first row, to be read again into its case when the records are gone through.
     */
    private void gatherChildren() throws IOException {
        Iterator<ExternalSort.Entry> sorted = rows.sorted();
        List<ExternalSort.Entry> child = new ArrayList<>();
        while (sorted.hasNext()) {
            ExternalSort.Entry row = sorted.next();
            if (!child.isEmpty() && !child.get(0).key().equals(row.key())) {
                gather(child);
                child.clear();
            }
            child.add(row);
        }
        if (!child.isEmpty()) {
            gather(child);
        }
        rows.close();
    }

    private void gather(List<ExternalSort.Entry> rowsOfChild) throws IOException {
        String childId = rowsOfChild.get(0).key();
        ChildFacts facts = new ChildFacts(childId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(CHILD);
            Bytes.writeString(out, childId);
            out.writeInt(rowsOfChild.size());
            for (ExternalSort.Entry entry : rowsOfChild) {
                TableRow row = TableRow.read(new DataInputStream(new ByteArrayInputStream(entry.payload())));
                LatestDates latest = latestByReturn.get(row.returnIndex());
                new RowFacts(facts, row, date -> latest.saw(row.table(), date, entry.seq())).add();
                out.write(entry.payload());
            }
        }
        for (int i = 0; i < openByReturn.size(); i++) {
            int index = i;
            openByReturn.get(i).child(facts.episodes.stream().filter(e -> e.returnIndex() == index).toList());
        }
        records.add("", rowsOfChild.get(0).seq(), bytes.toByteArray());
    }

    private Result finish() {
        try {
            gatherChildren();
        } catch (IOException | RuntimeException e) {
            unreadable.add(name + ": cannot bring each child's rows together (" + e.getMessage() + ")");
            return new Result(List.of(new ReadResult.Rejected(new Rejection(new RecordSource(name, 1), null,
                    String.join("; ", unreadable)))), List.copyOf(notes), List.of(), null);
        }
        List<CollectionPeriod> told = new ArrayList<>();
        for (int i = 0; i < latestByReturn.size(); i++) {
            told.add(period(i));
        }
        List<CollectionPeriod> periods = given == null ? told : givenYears(told);
        for (int i = 0; i < latestByReturn.size(); i++) {
            String late = latestByReturn.get(i).lateDates(periods.get(i));
            if (late != null) {
                notes.add(late);
            }
        }
        LocalDate heldFrom = heldFrom(periods);
        HeldHistory held = new HeldHistory(latestTables(periods), heldFrom);
        return new Result(new Records(List.copyOf(unreadable), held, periods), List.copyOf(notes),
                java.util.Collections.unmodifiableList(periods), heldFrom);
    }

    /**
     * The records: first why a return (or a file of one) could not be read, then the children and
     * the rows naming no child, in the order first met. Each child's case is built from its rows
     * when it is come to, so only one child's rows are in memory; going through the records reads
     * the kept rows again from the start.
     */
    private final class Records extends AbstractList<ReadResult> {
        private final List<String> unreadableReturns;
        private final HeldHistory held;
        private final List<CollectionPeriod> periods;
        /** Where {@link #get} last was, to read on from there. */
        private Iterator<ExternalSort.Entry> cursor;
        private int cursorIndex;

        Records(List<String> unreadableReturns, HeldHistory held, List<CollectionPeriod> periods) {
            this.unreadableReturns = unreadableReturns;
            this.held = held;
            this.periods = periods;
        }

        @Override
        public int size() {
            return unreadableReturns.size() + Math.toIntExact(records.size());
        }

        @Override
        public ReadResult get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            if (index < unreadableReturns.size()) {
                return unreadable(index);
            }
            if (cursor == null || index < cursorIndex) {
                cursor = sortedRecords();
                cursorIndex = unreadableReturns.size();
            }
            while (cursorIndex < index) {
                cursor.next();
                cursorIndex++;
            }
            cursorIndex++;
            return record(cursor.next(), index);
        }

        @Override
        public Iterator<ReadResult> iterator() {
            return new Iterator<>() {
                private int index;
                private Iterator<ExternalSort.Entry> sorted;

                @Override
                public boolean hasNext() {
                    return index < size();
                }

                @Override
                public ReadResult next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    int at = index++;
                    if (at < unreadableReturns.size()) {
                        return unreadable(at);
                    }
                    if (sorted == null) {
                        sorted = sortedRecords();
                    }
                    return record(sorted.next(), at);
                }
            };
        }

        private ReadResult unreadable(int index) {
            return new ReadResult.Rejected(new Rejection(new RecordSource(name, index + 1L), null, unreadableReturns.get(index)));
        }

        private Iterator<ExternalSort.Entry> sortedRecords() {
            try {
                return records.sorted();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ReadResult record(ExternalSort.Entry entry, int index) {
            RecordSource source = new RecordSource(name, index + 1L);
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry.payload()))) {
                if (in.readByte() == PROBLEM) {
                    return new ReadResult.Rejected(new Rejection(source, Bytes.readString(in), Bytes.readString(in)));
                }
                ChildFacts child = new ChildFacts(Bytes.readString(in));
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    new RowFacts(child, TableRow.read(in), date -> { }).add();
                }
                return result(child, source, held, periods);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The collection years when one is given: the latest return (by its dates; the first given
     * when they do not tell) is for the year given, the other for the year before. A note says
     * where the dates suggest another year.
     */
    private List<CollectionPeriod> givenYears(List<CollectionPeriod> told) {
        int latest = 0;
        for (int i = 1; i < told.size(); i++) {
            if (told.get(i) != null && (told.get(latest) == null || told.get(i).end().isAfter(told.get(latest).end()))) {
                latest = i;
            }
        }
        List<CollectionPeriod> years = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            CollectionPeriod year = i == latest ? given : given.previous();
            if (told.get(i) != null && !told.get(i).equals(year)) {
                notes.add(latestByReturn.get(i).where + ": read as the return for " + year.label() + " as given"
                        + " (its dates suggest " + told.get(i).label() + ")");
            }
            years.add(year);
        }
        return years;
    }

    /** The tables of the latest return (those of the only return when there is one). */
    private Set<Ssda903Table> latestTables(List<CollectionPeriod> periods) {
        int latest = 0;
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i) != null && (periods.get(latest) == null || periods.get(i).end().isAfter(periods.get(latest).end()))) {
                latest = i;
            }
        }
        return tablesByReturn.isEmpty() ? Set.of() : tablesByReturn.get(latest);
    }

    /**
     * The first day of the history the returns hold: the start of the earliest collection year,
     * when the years run on from one another; otherwise the start of the latest.
     */
    private LocalDate heldFrom(List<CollectionPeriod> periods) {
        List<CollectionPeriod> known = periods.stream().filter(p -> p != null).sorted(Comparator.comparing(CollectionPeriod::start)).toList();
        if (known.isEmpty()) {
            return null;
        }
        LocalDate from = known.get(known.size() - 1).start();
        for (int i = known.size() - 2; i >= 0; i--) {
            if (known.get(i).end().plusDays(1).equals(from)) {
                from = known.get(i).start();
            } else if (!known.get(i).start().equals(from)) {
                notes.add("the returns are not for consecutive years (" + known.get(i) + " and " + known.get(i + 1)
                        + "): only the history from " + from + " is taken as complete");
                break;
            }
        }
        return from;
    }

    private static ReadResult result(ChildFacts child, RecordSource source, HeldHistory held, List<CollectionPeriod> periods) {
        if (!child.problems.isEmpty()) {
            ChildFacts.Problem first = child.problems.get(0);
            String reason = first.reason();
            if (child.problems.size() > 1) {
                reason += "; and " + child.problems.subList(1, child.problems.size()).stream()
                        .map(p -> p.where() + ": " + p.reason()).collect(Collectors.joining("; "));
            }
            return new ReadResult.Rejected(new Rejection(source, first.where(), "child " + child.childId + ": " + reason));
        }
        CaseBuilder.Built built = new CaseBuilder(child, held, periods).build();
        return CaseSummaryReader.accept(built.summary(), source, built.warnings());
    }
}
