package uk.practicecheck.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds workbooks for tests in the shape local authorities send: sheets with title, notes and
 * blank rows above the headings, and cells of every kind Excel has: dates, numbers, text, Excel
 * errors and formulas with the values Excel cached for them.
 */
final class TemplateWorkbook {
    private final List<SheetDraft> sheets = new ArrayList<>();

    /** An Excel error cell: {@code #N/A}, {@code #REF!}… */
    record Error(FormulaError error) {
    }

    /** A formula cell with the value Excel last computed for it (a String, Number or LocalDate). */
    record Formula(String formula, Object cached) {
    }

    static TemplateWorkbook workbook() {
        return new TemplateWorkbook();
    }

    /** A sheet of lines of text only, such as a front sheet or guidance. */
    TemplateWorkbook textSheet(String name, String... lines) {
        SheetDraft sheet = new SheetDraft(name);
        for (String line : lines) {
            sheet.rows.add(line == null ? List.of() : List.of(line));
        }
        sheets.add(sheet);
        return this;
    }

    /** A sheet with rows of cells given in full (title rows, headings and data alike). */
    SheetDraft sheet(String name) {
        SheetDraft sheet = new SheetDraft(name);
        sheets.add(sheet);
        return sheet;
    }

    Path write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (SheetDraft draft : sheets) {
                Sheet sheet = workbook.createSheet(draft.name);
                for (int r = 0; r < draft.rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<?> cells = draft.rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) != null) {
                            set(row.createCell(c), cells.get(c), dateStyle);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void set(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
            set(cell, formula.cached(), dateStyle);
        } else if (value instanceof Error error) {
            cell.setCellErrorValue(error.error().getCode());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    final class SheetDraft {
        private final String name;
        private final List<List<?>> rows = new ArrayList<>();

        private SheetDraft(String name) {
            this.name = name;
        }

        /** Adds a row of cells (null for an empty cell); no cells gives a blank row. */
        SheetDraft row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** Adds a row of the given cells. */
        SheetDraft row(List<?> cells) {
            rows.add(cells);
            return this;
        }

        TemplateWorkbook done() {
            return TemplateWorkbook.this;
        }
    }
}
