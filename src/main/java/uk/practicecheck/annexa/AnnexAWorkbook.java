package uk.practicecheck.annexa;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;

/**
 * Reads an Ofsted Annex A child-level workbook into case summaries, one a child, joining the
 * lists on the child's unique id. Sheets are streamed row by row; only the cases being built
 * are held in memory, within {@link AnnexALimits}.
 *
 * <p>A sheet is a list by its name ({@code List_8}, "List 8 - Children in care") or, failing that,
 * by its headings. Its heading row is the first of its first rows with a child id heading, so
 * title, notes and blank rows above it are passed over. Which row that was, and every column not
 * used, is one note a sheet.
 *
 * <p>Nothing is silent. A cell that cannot be read (or a required date left blank) rejects that
 * child's case, naming the sheet, row and column, because a case missing one of its facts could be
 * judged wrongly; every other child is still read. A cell holding an Excel error is read as blank,
 * with a warning on the child's case naming where it is. A workbook in which no list is found, a
 * list sheet whose headings cannot be found, and an empty list that every local authority has
 * children on are each a rejected record, so the run exits 3 instead of reporting nothing as fine.
 */
public final class AnnexAWorkbook {
    /** How far down a sheet the heading row may be. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** The lists every local authority has children on in an Annex A period: empty, they are a failed export. */
    static final Set<AnnexAList> NEVER_EMPTY = EnumSet.of(AnnexAList.LIST_1, AnnexAList.LIST_3, AnnexAList.LIST_4,
            AnnexAList.LIST_5, AnnexAList.LIST_6, AnnexAList.LIST_7, AnnexAList.LIST_8, AnnexAList.LIST_9);

    private final String fileName;
    private final AnnexALimits limits;
    private final Map<String, CaseAssembler> children = new LinkedHashMap<>();
    /** Records in the order first seen: a child's id, or a rejection of a row, a sheet or the workbook. */
    private final List<Object> order = new ArrayList<>();
    private final Set<AnnexAColumn> found = EnumSet.noneOf(AnnexAColumn.class);
    private final Set<AnnexAList> listsFound = EnumSet.noneOf(AnnexAList.class);
    /** The earliest contact (List 1), referral (List 3) and assessment (List 4) date read, by list: see {@link #periodFrom}. */
    private final Map<AnnexAList, LocalDate> earliest = new java.util.EnumMap<>(AnnexAList.class);
    private final List<String> sheetNames = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long rowsRead;
    private long cellsRead;
    /** Set when a limit is passed, so that the refusal is reported whatever the libraries make of the exception. */
    private String limitPassed;

    private AnnexAWorkbook(String fileName, AnnexALimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /**
     * Everything read from a workbook.
     *
     * @param records one result a child (or a row, sheet or workbook that could not be read), in the order first seen
     * @param notes   what was passed over, for the user: one a sheet (its heading row, the columns not used), lists absent
     * @param notHeld the case fields this workbook does not hold for any child: each case lists these, less
     *                the collections its lists prove it has none of ({@code CaseAssembler.provenEmpty})
     */
    public record Result(List<ReadResult> records, List<String> notes, Set<String> notHeld) {
    }

    /** Reads the workbook in a file; records are reported under the path as given. */
    public static Result read(Path file) {
        return read(file, AnnexALimits.DEFAULT);
    }

    /** Reads the workbook in a file within the given limits. */
    public static Result read(Path file, AnnexALimits limits) {
        AnnexAWorkbook workbook = new AnnexAWorkbook(file.toString(), limits);
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return workbook.refused("the workbook is " + AnnexALimits.megabytes(size) + ", over the limit of "
                        + AnnexALimits.megabytes(limits.maxBytes()) + " (" + limits.describe() + "): it was not read");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                String wrongKind = wrongKind(in);
                if (wrongKind != null) {
                    return workbook.refused(wrongKind);
                }
            }
            return workbook.readPackage(() -> OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (NoSuchFileException e) {
            return workbook.refused("no such file");
        } catch (IOException e) {
            return workbook.refused("cannot read the file: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Reads a workbook from a stream, such as an upload held in memory; records are reported under
     * {@code name}. The package is unpacked in memory: POI writes no temporary file unless told to
     * (its temp-file threshold for zip entries is off by default), within its zip-bomb limits and ours.
     * The caller closes the stream.
     */
    public static Result read(String name, InputStream workbook) {
        return read(name, workbook, AnnexALimits.DEFAULT);
    }

    /** Reads a workbook from a stream within the given limits. */
    public static Result read(String name, InputStream workbook, AnnexALimits limits) {
        AnnexAWorkbook reader = new AnnexAWorkbook(name, limits);
        InputStream in = new BufferedInputStream(reader.limited(workbook, limits.maxBytes(),
                "the workbook is over the limit of " + AnnexALimits.megabytes(limits.maxBytes())));
        try {
            String wrongKind = wrongKind(in);
            if (wrongKind != null) {
                return reader.refused(wrongKind);
            }
        } catch (IOException e) {
            return reader.refused(reader.limitPassed != null ? reader.limitPassed
                    : "cannot read the upload: " + firstLine(e.getMessage()));
        }
        return reader.readPackage(() -> OPCPackage.open(in));
    }

    /** The cases of a workbook, as the JSON reader gives them. */
    public static List<ReadResult> cases(Path file) {
        return read(file).records();
    }

    /** Opens the workbook's package. */
    @FunctionalInterface
    private interface PackageOpener {
        OPCPackage open() throws IOException, OpenXML4JException;
    }

    /**
     * Why the file is not an .xlsx workbook, in one sentence saying what to do, or null if it looks
     * like one (a zip package). Leaves the stream where it was.
     */
    private static String wrongKind(InputStream in) throws IOException {
        in.mark(1);
        if (in.read() < 0) {
            return "the file is empty: it is not an Excel workbook";
        }
        in.reset();
        FileMagic magic = FileMagic.valueOf(in);
        if (magic == FileMagic.OOXML) {
            return null;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem ole = new POIFSFileSystem(in)) {
                DirectoryNode root = ole.getRoot();
                if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                    return "the workbook is protected by a password, so it cannot be read: open it in Excel, remove"
                            + " the password (File, Info, Protect Workbook, Encrypt with Password) and save it, then"
                            + " try again";
                }
                return "this is an Excel 97-2003 (.xls) workbook, which practice-check does not read: open it in"
                        + " Excel and save it as an Excel Workbook (.xlsx), then try again";
            }
        }
        return "this is not an Excel workbook (.xlsx) (it looks like " + describe(magic) + "): give the Annex A"
                + " workbook itself, saved from Excel as an Excel Workbook (.xlsx)";
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "a PDF";
            case HTML -> "a web page";
            case XML -> "an XML file (an Excel 2003 XML spreadsheet?)";
            case UNKNOWN -> "text, such as a CSV file, or some other kind of file";
            default -> "another kind of file (" + magic.name().toLowerCase(Locale.ROOT) + ")";
        };
    }

    /** One rejection for the workbook as a whole, and no cases. */
    private Result refused(String reason) {
        return new Result(List.of(new ReadResult.Rejected(new Rejection(new RecordSource(fileName, 1), null, reason))),
                List.copyOf(notes), Set.of());
    }

    private Result readPackage(PackageOpener opener) {
        try (OPCPackage pkg = opener.open()) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    readSheet(sheets.getSheetName(), sheet, styles, strings);
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (limitPassed != null) {
                return refused(limitPassed);
            }
            return refused("cannot read the workbook (is it an .xlsx file?): " + firstLine(e.getMessage()));
        }
        return finish();
    }

    /** The workbook's text values, read within the limit: they are held in memory while the sheets are read. */
    private ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream());
        }
        try (InputStream in = limited(parts.get(0).getInputStream(), limits.maxSharedStringBytes(),
                "the workbook's text values unpack to more than "
                        + AnnexALimits.megabytes(limits.maxSharedStringBytes()))) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    /** POI's messages can run on over several lines of advice to programmers; the first says what is wrong. */
    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private void readSheet(String sheetName, InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException {
        sheetNames.add(sheetName);
        AnnexAList named = AnnexAList.ofSheetName(sheetName);
        if (named != null && !named.isChildLevel()) {
            notes.add("sheet '" + sheetName + "' (" + named.label() + ") is about adopters, not children: passed over");
            return;
        }
        SheetReader sheetReader = new SheetReader(sheetName, named);
        SheetRows.read(sheet, styles, strings, sheetReader);
        sheetReader.end();
    }

    private Result finish() {
        if (listsFound.isEmpty()) {
            return refused("no Annex A list was found in the workbook: no sheet is named List_1 to List_10 (or"
                    + " \"List 1\" …) or has a 'Child Unique ID' heading beside a list's headings in its first "
                    + HEADER_SEARCH_ROWS + " rows (sheets: " + (sheetNames.isEmpty() ? "none"
                    : sheetNames.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))) + ")");
        }
        List<String> absent = Arrays.stream(AnnexAList.values())
                .filter(l -> l.isChildLevel() && !listsFound.contains(l)).map(AnnexAList::label).toList();
        if (!absent.isEmpty()) {
            notes.add("no sheet for " + String.join(", ", absent) + ": the facts those lists give are not held");
        }
        Set<String> notHeld = HeldFields.notHeld(found);
        // A few read-only sets shared by every case: a copy each would cost more than the cases themselves.
        Map<List<Set<String>>, Set<String>> notHeldByCollections = new java.util.HashMap<>();
        Map<String, LocalDate> periodsFrom = new java.util.TreeMap<>();
        if (!notHeld.contains("referrals.received")) {
            periodFrom(AnnexAList.LIST_1, AnnexAList.LIST_3).ifPresent(day -> periodsFrom.put("referrals", day));
        }
        if (!notHeld.contains("assessments.start")) {
            periodFrom(AnnexAList.LIST_4).ifPresent(day -> periodsFrom.put("assessments", day));
        }
        List<ReadResult> records = new ArrayList<>();
        long number = 0;
        for (Object entry : order) {
            number++;
            RecordSource source = new RecordSource(fileName, number);
            if (entry instanceof String childId) {
                // Done with: what it kept to build the case and say where its facts came from can go.
                CaseAssembler child = children.remove(childId);
                Map<String, LocalDate> latestFrom = child.heldFrom();
                Set<String> caseNotHeld = notHeldByCollections.computeIfAbsent(
                        List.of(child.provenEmpty(listsFound), latestFrom.keySet()),
                        key -> HeldFields.withoutLatest(HeldFields.without(notHeld, key.get(0)), key.get(1), found));
                records.add(result(child, source, caseNotHeld, withPeriods(latestFrom, periodsFrom)));
            } else {
                CaseAssembler.CellProblem problem = (CaseAssembler.CellProblem) entry;
                records.add(new ReadResult.Rejected(new Rejection(source, problem.where(), problem.reason())));
            }
        }
        return new Result(records, List.copyOf(notes), java.util.Collections.unmodifiableSet(notHeld));
    }

    /** The lists of events in a period before the inspection: contacts, referrals, assessments. */
    private static final Set<AnnexAList> PERIOD_LISTS = EnumSet.of(AnnexAList.LIST_1, AnnexAList.LIST_3, AnnexAList.LIST_4);

    /**
     * From when the workbook holds every item the lists give: Lists 1, 3 and 4 cover only a period
     * before the inspection, which the workbook does not state, so earlier contacts, referrals and
     * assessments are not in it. Each list holds every one from its earliest date on (the period
     * starts no later), so a collection fed by several lists is held from the latest of their
     * earliest dates. Empty when none of the lists has a date.
     */
    private java.util.Optional<LocalDate> periodFrom(AnnexAList... lists) {
        return Arrays.stream(lists).map(earliest::get).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** A child's heldFrom with the lists' periods added. */
    private static Map<String, LocalDate> withPeriods(Map<String, LocalDate> heldFrom, Map<String, LocalDate> periodsFrom) {
        if (periodsFrom.isEmpty()) {
            return heldFrom;
        }
        Map<String, LocalDate> with = new java.util.TreeMap<>(heldFrom);
        with.putAll(periodsFrom);
        return with;
    }

    /**
     * The child's case, or its rejection. A case the case summary checks reject (a legal status
     * starting before the date of birth, say) is rejected naming the list, row and column the
     * offending fact came from rather than the field of the JSON it would have been.
     */
    private static ReadResult result(CaseAssembler child, RecordSource source, Set<String> notHeld,
                                     Map<String, LocalDate> heldFrom) {
        List<CaseAssembler.CellProblem> problems = child.problems();
        if (problems.isEmpty()) {
            ReadResult read = CaseSummaryReader.accept(child.finish(notHeld, heldFrom), source, child.warnings());
            if (read instanceof ReadResult.Rejected rejected) {
                Rejection r = rejected.rejection();
                String place = child.placeOf(r.field());
                return new ReadResult.Rejected(new Rejection(source, place == null ? r.field() : place,
                        "child " + child.caseId() + ": " + r.reason()));
            }
            return read;
        }
        CaseAssembler.CellProblem first = problems.get(0);
        String reason = first.reason();
        if (problems.size() > 1) {
            reason += "; and " + problems.subList(1, problems.size()).stream()
                    .map(p -> p.where() + ": " + p.reason()).collect(Collectors.joining("; "));
        }
        return new ReadResult.Rejected(new Rejection(source, first.where(), "child " + child.caseId() + ": " + reason));
    }

    /** A stream that refuses to give more than {@code max} bytes, recording why. */
    private InputStream limited(InputStream in, long max, String why) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) throws IOException {
                count += n;
                if (count > max) {
                    limitPassed = why + " (" + limits.describe() + "): the workbook was not read";
                    throw new IOException(limitPassed);
                }
            }
        };
    }

    private void overLimit(String what) {
        limitPassed = what + " (" + limits.describe() + "): the workbook was not read";
        throw new IllegalStateException(limitPassed);
    }

    /** Reads one sheet: finds its list and heading row, then turns each row into facts about a child. */
    private final class SheetReader implements SheetRows.RowHandler {
        private final String sheetName;
        private final AnnexAList named;
        private AnnexAList list;
        private Headings headings;
        private int headingRow;
        /** Column letters to the column they hold, once the heading row is found. */
        private Map<String, AnnexAColumn> columns;
        private Map<String, String> headingTexts;
        private final List<String> unused = new ArrayList<>();
        private final List<String> headingErrors = new ArrayList<>();
        private long rows;
        private long dataRows;

        SheetReader(String sheetName, AnnexAList named) {
            this.sheetName = sheetName;
            this.named = named;
            this.list = named;
            this.headings = named == null ? null : new Headings(named);
        }

        @Override
        public void row(int rowNumber, Map<String, String> cells, Map<String, String> errors) {
            rows++;
            rowsRead++;
            cellsRead += cells.size() + errors.size();
            if (rows > limits.maxRowsPerSheet()) {
                overLimit("sheet '" + sheetName + "' has more than " + String.format(Locale.ROOT, "%,d",
                        limits.maxRowsPerSheet()) + " rows");
            }
            if (rowsRead > limits.maxRows()) {
                overLimit("the workbook has more than " + String.format(Locale.ROOT, "%,d", limits.maxRows()) + " rows");
            }
            if (cellsRead > limits.maxCells()) {
                overLimit("the workbook has more than " + String.format(Locale.ROOT, "%,d", limits.maxCells()) + " cells");
            }
            if (columns == null) {
                if (rowNumber <= HEADER_SEARCH_ROWS) {
                    findHeadings(rowNumber, cells, errors);
                }
                return;
            }
            if (cells.values().stream().allMatch(String::isBlank) && errors.isEmpty()) {
                return;
            }
            dataRows++;
            dataRow(rowNumber, cells, errors);
        }

        private void findHeadings(int rowNumber, Map<String, String> cells, Map<String, String> errors) {
            List<String> texts = List.copyOf(cells.values());
            if (list == null) {
                list = ListByHeadings.recognise(texts);
                if (list == null || !list.isChildLevel()) {
                    list = null;
                    return;
                }
                headings = new Headings(list);
            }
            if (headings.isHeaderRow(texts)) {
                header(rowNumber, cells, errors);
            }
        }

        void end() {
            if (list == null) {
                notes.add("sheet '" + sheetName + "' is not an Annex A list (neither its name nor its headings say"
                        + " which list it is): passed over");
                return;
            }
            String sheet = describeSheet();
            if (columns == null) {
                String reason = sheet + " has no '" + AnnexAColumn.CHILD_ID.heading() + "' heading in its first "
                        + HEADER_SEARCH_ROWS + " rows, so " + (rows == 0 ? "the sheet is empty"
                        : "none of its " + rows + (rows == 1 ? " row" : " rows") + " could be read");
                if (rows > 0 || NEVER_EMPTY.contains(list)) {
                    order.add(new CaseAssembler.CellProblem(sheet, reason));
                } else {
                    notes.add(reason);
                }
                return;
            }
            listsFound.add(list);
            StringBuilder note = new StringBuilder(sheet).append(": headings in row ").append(headingRow).append(", ")
                    .append(dataRows).append(dataRows == 1 ? " row" : " rows").append(" read");
            if (!unused.isEmpty()) {
                note.append("; ").append(unused.size()).append(unused.size() == 1 ? " column" : " columns")
                        .append(" not used: ").append(String.join(", ", unused));
            }
            if (!headingErrors.isEmpty()) {
                note.append("; headings that are Excel errors, read as blank: ").append(String.join(", ", headingErrors));
            }
            List<String> missing = AnnexAColumn.of(list).stream()
                    .filter(c -> c.isRead() && !columns.containsValue(c)).map(AnnexAColumn::heading).toList();
            if (!missing.isEmpty()) {
                note.append("; no column for ").append(String.join(", ", missing))
                        .append(" (the facts they give are not held)");
            }
            notes.add(note.toString());
            if (dataRows == 0 && NEVER_EMPTY.contains(list)) {
                order.add(new CaseAssembler.CellProblem(sheet, "the list has its headings (row " + headingRow
                        + ") but no children: every local authority has children on " + list.label()
                        + " in an Annex A period, so an empty list is taken to be a failed export (if it is truly"
                        + " empty, delete the sheet)"));
            }
        }

        /** "sheet 'List_8' (List 8 - Children in care)"; "recognised by its headings" when its name does not say. */
        private String describeSheet() {
            return "sheet '" + sheetName + "' (" + list.label() + (named == null ? ", recognised by its headings" : "")
                    + ")";
        }

        private void header(int rowNumber, Map<String, String> cells, Map<String, String> errors) {
            headingRow = rowNumber;
            columns = new LinkedHashMap<>();
            headingTexts = new LinkedHashMap<>();
            errors.forEach((letters, error) -> headingErrors.add(letters + " (" + error + ")"));
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                String text = cell.getValue().replace('\n', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
                if (text.isEmpty()) {
                    continue;
                }
                AnnexAColumn column = headings.match(text);
                if (column == null || column.isUnused() && !column.isRead()) {
                    unused.add(cell.getKey() + " " + text);
                    if (column != null) {
                        found.add(column);
                    }
                } else if (columns.containsValue(column)) {
                    unused.add(cell.getKey() + " " + text + " (repeats the heading of an earlier column; the first was used)");
                } else {
                    columns.put(cell.getKey(), column);
                    headingTexts.put(cell.getKey(), text);
                    found.add(column);
                }
            }
        }

        private void dataRow(int rowNumber, Map<String, String> cells, Map<String, String> errors) {
            String rowLabel = rowLabel(rowNumber);
            String idColumn = columnOf(AnnexAColumn.CHILD_ID);
            if (errors.containsKey(idColumn)) {
                order.add(new CaseAssembler.CellProblem(where(rowNumber, idColumn), "the child id cell holds the Excel"
                        + " error " + errors.get(idColumn) + ", so the row cannot be joined to a child: the row was not read"));
                return;
            }
            String childId = CellValues.text(cells.get(idColumn));
            if (childId == null) {
                order.add(new CaseAssembler.CellProblem(where(rowNumber, idColumn),
                        "the row has no child id, so it cannot be joined to a child: the row was not read"));
                return;
            }
            CaseAssembler child = children.get(childId);
            if (child == null) {
                child = new CaseAssembler(childId);
                children.put(childId, child);
                order.add(childId);
            }
            RowValues values = new RowValues(rowLabel, c -> {
                String letters = columnOf(c);
                return letters == null ? null : where(rowNumber, letters);
            });
            for (Map.Entry<String, AnnexAColumn> entry : columns.entrySet()) {
                AnnexAColumn column = entry.getValue();
                if (column == AnnexAColumn.CHILD_ID || !column.isRead()) {
                    continue;
                }
                String error = errors.get(entry.getKey());
                if (error != null) {
                    child.warning(where(rowNumber, entry.getKey()) + ": the cell holds the Excel error " + error
                            + "; it was read as blank");
                    continue;
                }
                try {
                    values.put(column, value(column, cells.get(entry.getKey())));
                } catch (CellValues.BadValue e) {
                    child.problem(where(rowNumber, entry.getKey()), e.getMessage());
                }
            }
            AnnexAColumn key = keyColumn(list);
            if (key != null && values.date(key) == null && !hasProblemAt(child, rowNumber, key)) {
                String keyLetters = columnOf(key);
                String error = keyLetters == null ? null : errors.get(keyLetters);
                child.problem(keyLetters == null ? rowLabel : where(rowNumber, keyLetters), "required: the row has no "
                        + key.heading() + (error == null ? "" : " (the cell holds the Excel error " + error + ")"));
            }
            child.add(list, values);
            LocalDate day = PERIOD_LISTS.contains(list) ? values.date(keyColumn(list)) : null;
            if (day != null) {
                earliest.merge(list, day, (a, b) -> b.isBefore(a) ? b : a);
            }
        }

        private boolean hasProblemAt(CaseAssembler child, int rowNumber, AnnexAColumn column) {
            String letters = columnOf(column);
            String at = letters == null ? rowLabel(rowNumber) : where(rowNumber, letters);
            return child.problems().stream().anyMatch(p -> p.where().equals(at));
        }

        private Object value(AnnexAColumn column, String raw) {
            switch (column.kind()) {
                case DATE:
                    return CellValues.date(raw);
                case YES_NO:
                    return CellValues.yesNo(raw);
                case COUNT:
                    return CellValues.count(raw);
                default:
                    return CellValues.text(raw);
            }
        }

        private String columnOf(AnnexAColumn column) {
            return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        /** "List_8 (List 8 - Children in care), row 17"; the list's label alone when that is the sheet's name. */
        private String rowLabel(int rowNumber) {
            String sheet = sheetName.strip().equals(list.label()) ? list.label() : sheetName.strip() + " (" + list.label() + ")";
            return sheet + ", row " + rowNumber;
        }

        /** "List_8 (List 8 - Children in care), row 17, column F (Date of Latest Statutory Review)". */
        private String where(int rowNumber, String columnLetters) {
            if (columnLetters == null) {
                return rowLabel(rowNumber);
            }
            return rowLabel(rowNumber) + ", column " + columnLetters + " (" + headingTexts.get(columnLetters) + ")";
        }
    }

    /** The date a row of the list cannot do without: a row is one of these events. */
    static AnnexAColumn keyColumn(AnnexAList list) {
        switch (list) {
            case LIST_1: return AnnexAColumn.CONTACT_DATE;
            case LIST_3: return AnnexAColumn.REFERRAL_DATE;
            case LIST_4: return AnnexAColumn.ASSESSMENT_START;
            case LIST_5: return AnnexAColumn.STRATEGY_DISCUSSION;
            case LIST_7: return AnnexAColumn.CP_START;
            case LIST_8: return AnnexAColumn.LAC_START;
            case LIST_10: return AnnexAColumn.ADOPTION_DECISION;
            default: return null;
        }
    }
}
