package uk.practicecheck.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of one worksheet through SAX, never holding the sheet in memory. Numbers,
 * including dates, come through as their raw value (a date cell gives its Excel serial), so that
 * a date is never reformatted into an ambiguous text; text cells come through as typed.
 */
final class SheetRows {

    /** Receives each row that has at least one cell. */
    @FunctionalInterface
    interface RowHandler {
        /**
         * @param rowNumber the row number as Excel shows it (1-based)
         * @param cells     cell text by column letters ("A", "F", "AB"), in column order
         */
        void row(int rowNumber, Map<String, String> cells);
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
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(handler),
                new RawNumbers(), false));
        parser.parse(new InputSource(sheet));
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

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final Map<String, String> cells = new LinkedHashMap<>();

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) {
                handler.row(rowNum + 1, new LinkedHashMap<>(cells));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null || formattedValue == null) {
                return;
            }
            String column = CellReference.convertNumToColString(new CellReference(cellReference).getCol());
            cells.put(column, formattedValue);
        }
    }
}
