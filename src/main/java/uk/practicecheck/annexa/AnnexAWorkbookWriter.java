package uk.practicecheck.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook in the shape of Annex A, streaming rows to disk (SXSSF) so that large
 * synthetic workbooks need little memory. Dates are written as real date cells.
 */
public final class AnnexAWorkbookWriter {
    /** Rows kept in memory per sheet before SXSSF flushes them to disk. */
    private static final int WINDOW = 200;

    /**
     * One sheet: its name, the lines above its header row (a title, notes; null for a blank row),
     * its header row and its data rows. A cell value may be a String, a Number, a LocalDate
     * (written as a date cell) or null (no cell).
     */
    public record SheetSpec(String name, List<String> above, List<String> headings, List<List<Object>> rows) {
        /** A sheet whose header row is its first. */
        public SheetSpec(String name, List<String> headings, List<List<Object>> rows) {
            this(name, List.of(), headings, rows);
        }
    }

    private AnnexAWorkbookWriter() {
    }

    public static void write(Path file, List<SheetSpec> sheets) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (SheetSpec spec : sheets) {
                Sheet sheet = workbook.createSheet(spec.name());
                int at = 0;
                for (String line : spec.above()) {
                    Row row = sheet.createRow(at++);
                    if (line != null) {
                        row.createCell(0).setCellValue(line);
                    }
                }
                if (!spec.headings().isEmpty()) {
                    Row header = sheet.createRow(at++);
                    for (int c = 0; c < spec.headings().size(); c++) {
                        if (spec.headings().get(c) != null) {
                            header.createCell(c).setCellValue(spec.headings().get(c));
                        }
                    }
                }
                for (int r = 0; r < spec.rows().size(); r++) {
                    Row row = sheet.createRow(at + r);
                    List<Object> values = spec.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        write(row, c, values.get(c), dateStyle);
                    }
                }
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void write(Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
