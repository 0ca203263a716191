package uk.practicecheck.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of one worksheet through SAX, never holding the sheet in memory. Numbers,
 * including dates, come through as their raw value (a date cell gives its Excel serial), so that
 * a date is never reformatted into an ambiguous text; text cells come through as typed; a formula
 * gives the value Excel cached for it (text that merely looks like a formula is text). Cells that
 * hold an Excel error ({@code #N/A}, {@code #REF!}, …) are kept apart from the values, so that an
 * error can never be read as a team's or worker's name.
 */
final class SheetRows {
    /** Excel's error values, also when a workbook holds them as text (as exports from other tools do). */
    private static final Set<String> ERROR_VALUES = Set.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!",
            "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    /** What POI puts before the error value of an error cell. */
    private static final String POI_ERROR_PREFIX = "ERROR:";

    /** Receives each row that has at least one cell. */
    interface RowHandler {
        /**
         * @param rowNumber the row number as Excel shows it (1-based)
         * @param cells     cell text by column letters ("A", "F", "AB"), in column order; error cells are absent
         * @param errors    the Excel error each error cell holds ("#N/A"), by column letters
         */
        void row(int rowNumber, Map<String, String> cells, Map<String, String> errors);
    }

    private SheetRows() {
    }

    static void read(InputStream sheet, Styles styles, SharedStrings strings, RowHandler handler)
            throws IOException, SAXException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser available: " + e.getMessage(), e);
        }
        Collector collector = new Collector(handler);
        parser.setContentHandler(new TypeAwareHandler(styles, strings, collector));
        parser.parse(new InputSource(sheet));
    }

    /** Whether a cell's text is one of Excel's error values. */
    static boolean isErrorValue(String text) {
        return ERROR_VALUES.contains(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Gives numbers as their value, not as the cell's display format would show them. */
    private static final class RawNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return NumberToTextConverter.toText(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            return NumberToTextConverter.toText(value);
        }
    }

    /** POI's handler, telling the collector the type ({@code t} attribute) of each cell before its value. */
    private static final class TypeAwareHandler extends XSSFSheetXMLHandler {
        private final Collector collector;

        TypeAwareHandler(Styles styles, SharedStrings strings, Collector collector) {
            super(styles, null, strings, collector, new RawNumbers(), false);
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName) || "c".equals(qName)) {
                collector.errorCell = "e".equals(attributes.getValue("t"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final Map<String, String> cells = new LinkedHashMap<>();
        private final Map<String, String> errors = new LinkedHashMap<>();
        private boolean errorCell;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            errors.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty() || !errors.isEmpty()) {
                handler.row(rowNum + 1, new LinkedHashMap<>(cells), new LinkedHashMap<>(errors));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null || formattedValue == null) {
                return;
            }
            String column = CellReference.convertNumToColString(new CellReference(cellReference).getCol());
            if (errorCell) {
                String value = formattedValue.startsWith(POI_ERROR_PREFIX)
                        ? formattedValue.substring(POI_ERROR_PREFIX.length()) : formattedValue;
                errors.put(column, value.isBlank() ? "#VALUE!" : value.strip());
            } else if (isErrorValue(formattedValue)) {
                errors.put(column, formattedValue.strip());
            } else {
                cells.put(column, formattedValue);
            }
        }
    }
}
