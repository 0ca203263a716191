package uk.practicecheck.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, for golden files and assertions: each sheet with its frozen rows and
 * autofilter, then each cell as {@code type:value} (text, quoted text, number, percent, date,
 * formula), so that a difference in what Excel would show is a difference in the text.
 */
public final class XlsxDump {
    private XlsxDump() {
    }

    public static String of(byte[] workbook) throws IOException {
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                XSSFSheet xssf = (XSSFSheet) sheet;
                out.append("## ").append(sheet.getSheetName()).append(" | frozen rows ")
                        .append(sheet.getPaneInformation() == null ? 0 : sheet.getPaneInformation().getHorizontalSplitPosition())
                        .append(" | autofilter ").append(xssf.getCTWorksheet().isSetAutoFilter()
                                ? xssf.getCTWorksheet().getAutoFilter().getRef() : "none").append('\n');
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(cell.getAddress().formatAsString() + "=" + describe(cell));
                    }
                    out.append(String.join(" | ", cells)).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String describe(Cell cell) {
        if (cell.getCellType() == CellType.FORMULA) {
            return "formula:" + cell.getCellFormula();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return "date:" + cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String format = cell.getCellStyle().getDataFormatString();
            return (format.contains("%") ? "percent:" : "number:") + cell.getNumericCellValue();
        }
        return (cell.getCellStyle().getQuotePrefixed() ? "quoted text:" : "text:") + cell.getStringCellValue();
    }
}
