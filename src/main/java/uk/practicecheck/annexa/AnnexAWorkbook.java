package uk.practicecheck.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;

/**
 * Reads an Ofsted Annex A child-level workbook into case summaries, one a child, joining the
 * lists on the child's unique id. Sheets are streamed row by row; only the cases being built
 * are held in memory.
 *
 * <p>Nothing stops the read but an unreadable file. A cell that cannot be read (or a required
 * date left blank) rejects that child's case, naming the sheet, row and column, because a case
 * missing one of its facts could be judged wrongly; every other child is still read. A sheet
 * without a child id column is passed over with a note.
 */
public final class AnnexAWorkbook {
    /** How far down a sheet the header row may be. */
    private static final int HEADER_SEARCH_ROWS = 20;

    private final PackageOpener opener;
    private final String fileName;
    private final Map<String, CaseAssembler> children = new LinkedHashMap<>();
    /** Records in the order first seen: a child's id, or a rejection of a row that names no child. */
    private final List<Object> order = new ArrayList<>();
    private final Set<AnnexAColumn> found = EnumSet.noneOf(AnnexAColumn.class);
    private final List<String> notes = new ArrayList<>();

    private AnnexAWorkbook(PackageOpener opener, String fileName) {
        this.opener = opener;
        this.fileName = fileName;
    }

    /** Opens the workbook's package. */
    @FunctionalInterface
    private interface PackageOpener {
        OPCPackage open() throws IOException, OpenXML4JException;
    }

    /**
     * Everything read from a workbook.
     *
     * @param records one result a child (or a row naming no child), in the order first seen
     * @param notes   what was passed over, for the user: sheets not recognised, columns not used
     * @param notHeld the case fields this workbook does not hold, as listed in every case
     */
    public record Result(List<ReadResult> records, List<String> notes, Set<String> notHeld) {
    }

    /** Reads the workbook in a file; records are reported under the path as given. */
    public static Result read(Path file) {
        return new AnnexAWorkbook(() -> OPCPackage.open(file.toFile(), PackageAccess.READ), file.toString()).readAll();
    }

    /**
     * Reads a workbook from a stream, such as an upload held in memory; records are reported under
     * {@code name}. The package is unpacked in memory: POI writes no temporary file unless told to
     * (its temp-file threshold for zip entries is off by default), within its zip-bomb limits.
     * The caller closes the stream.
     */
    public static Result read(String name, InputStream workbook) {
        return new AnnexAWorkbook(() -> OPCPackage.open(workbook), name).readAll();
    }

    /** The cases of a workbook, as the JSON reader gives them. */
    public static List<ReadResult> cases(Path file) {
        return read(file).records();
    }

    private Result readAll() {
        try (OPCPackage pkg = opener.open()) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    readSheet(sheets.getSheetName(), sheet, styles, strings);
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            return new Result(List.of(new ReadResult.Rejected(new Rejection(new RecordSource(fileName, 1), null,
                    "cannot read the workbook (is it an .xlsx file?): " + firstLine(e.getMessage())))), notes, Set.of());
        }
        return finish();
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
        AnnexAList list = AnnexAList.ofSheetName(sheetName);
        if (list == null) {
            notes.add("sheet '" + sheetName + "' is not an Annex A list (its name does not start \"List N\"): passed over");
            return;
        }
        if (!list.isChildLevel()) {
            notes.add("sheet '" + sheetName + "' (" + list.label() + ") is about adopters, not children: passed over");
            return;
        }
        SheetReader sheetReader = new SheetReader(list, sheetName);
        SheetRows.read(sheet, styles, strings, sheetReader);
        sheetReader.end();
    }

    private Result finish() {
        Set<String> notHeld = HeldFields.notHeld(found);
        List<ReadResult> records = new ArrayList<>();
        long number = 0;
        for (Object entry : order) {
            number++;
            RecordSource source = new RecordSource(fileName, number);
            if (entry instanceof String childId) {
                records.add(result(children.get(childId), source, notHeld));
            } else {
                CaseAssembler.CellProblem orphan = (CaseAssembler.CellProblem) entry;
                records.add(new ReadResult.Rejected(new Rejection(source, orphan.where(), orphan.reason())));
            }
        }
        return new Result(records, List.copyOf(notes), notHeld);
    }

    private static ReadResult result(CaseAssembler child, RecordSource source, Set<String> notHeld) {
        List<CaseAssembler.CellProblem> problems = child.problems();
        if (problems.isEmpty()) {
            return CaseSummaryReader.accept(child.finish(notHeld), source, child.warnings());
        }
        CaseAssembler.CellProblem first = problems.get(0);
        String reason = first.reason();
        if (problems.size() > 1) {
            reason += "; and " + problems.subList(1, problems.size()).stream()
                    .map(p -> p.where() + ": " + p.reason()).collect(Collectors.joining("; "));
        }
        return new ReadResult.Rejected(new Rejection(source, first.where(), "child " + child.caseId() + ": " + reason));
    }

    /** Reads one list's sheet: finds the header row, then turns each row into facts about a child. */
    private final class SheetReader implements SheetRows.RowHandler {
        private final AnnexAList list;
        private final String sheetName;
        private final Headings headings;
        /** Column letters to the column they hold, once the header row is found. */
        private Map<String, AnnexAColumn> columns;
        private Map<String, String> headingTexts;

        SheetReader(AnnexAList list, String sheetName) {
            this.list = list;
            this.sheetName = sheetName;
            this.headings = new Headings(list);
        }

        @Override
        public void row(int rowNumber, Map<String, String> cells) {
            if (columns == null) {
                if (rowNumber <= HEADER_SEARCH_ROWS && headings.isHeaderRow(List.copyOf(cells.values()))) {
                    header(cells);
                }
                return;
            }
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            dataRow(rowNumber, cells);
        }

        void end() {
            if (columns == null) {
                notes.add("sheet '" + sheetName + "' (" + list.label() + ") has no '" + AnnexAColumn.CHILD_ID.heading()
                        + "' heading in its first " + HEADER_SEARCH_ROWS + " rows: passed over");
            }
        }

        private void header(Map<String, String> cells) {
            columns = new LinkedHashMap<>();
            headingTexts = new LinkedHashMap<>();
            List<String> unused = new ArrayList<>();
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                String text = cell.getValue().strip();
                if (text.isEmpty()) {
                    continue;
                }
                AnnexAColumn column = headings.match(text);
                if (column == null) {
                    unused.add(text);
                } else if (columns.containsValue(column)) {
                    notes.add(list.label() + ": column " + cell.getKey() + " (" + text + ") repeats the heading of an"
                            + " earlier column; the first was used");
                } else {
                    columns.put(cell.getKey(), column);
                    headingTexts.put(cell.getKey(), text);
                    found.add(column);
                }
            }
            if (!unused.isEmpty()) {
                notes.add(list.label() + ": " + unused.size() + (unused.size() == 1 ? " column" : " columns")
                        + " not used: " + String.join(", ", unused));
            }
            List<String> missing = AnnexAColumn.of(list).stream()
                    .filter(c -> c.isRead() && !columns.containsValue(c)).map(AnnexAColumn::heading).toList();
            if (!missing.isEmpty()) {
                notes.add(list.label() + ": no column for " + String.join(", ", missing)
                        + " (the fields they feed are not held)");
            }
        }

        private void dataRow(int rowNumber, Map<String, String> cells) {
            String rowLabel = list.label() + ", row " + rowNumber;
            String idColumn = columnOf(AnnexAColumn.CHILD_ID);
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
            RowValues values = new RowValues();
            for (Map.Entry<String, AnnexAColumn> entry : columns.entrySet()) {
                AnnexAColumn column = entry.getValue();
                if (column == AnnexAColumn.CHILD_ID || !column.isRead()) {
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
                child.problem(where(rowNumber, columnOf(key)), "required: the row has no " + key.heading());
            }
            child.add(list, rowLabel, values);
        }

        private boolean hasProblemAt(CaseAssembler child, int rowNumber, AnnexAColumn column) {
            String at = where(rowNumber, columnOf(column));
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
                    String text = CellValues.text(raw);
                    if (text != null) {
                        Codes.check(column, text);
                    }
                    return text;
            }
        }

        private String columnOf(AnnexAColumn column) {
            return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        /** "List 8 - Children in care, row 17, column F (Date of Latest Statutory Review)". */
        private String where(int rowNumber, String columnLetters) {
            if (columnLetters == null) {
                return list.label() + ", row " + rowNumber;
            }
            return list.label() + ", row " + rowNumber + ", column " + columnLetters + " ("
                    + headingTexts.get(columnLetters) + ")";
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
