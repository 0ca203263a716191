package uk.practicecheck.annexa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small workbooks for tests: a sheet is a name, a header row and rows of cells. */
final class Sheets {
    private final List<Sheet> sheets = new ArrayList<>();

    static Sheets workbook() {
        return new Sheets();
    }

    /** Starts a sheet with the given headings (null for a blank heading). */
    Sheet sheet(String name, String... headings) {
        Sheet sheet = new Sheet(name, Arrays.asList(headings));
        sheets.add(sheet);
        return sheet;
    }

    Path write(Path file) throws IOException {
        AnnexAWorkbookWriter.write(file, sheets.stream()
                .map(s -> new AnnexAWorkbookWriter.SheetSpec(s.name, s.headings, s.rows)).toList());
        return file;
    }

    final class Sheet {
        private final String name;
        private final List<String> headings;
        private final List<List<Object>> rows = new ArrayList<>();

        private Sheet(String name, List<String> headings) {
            this.name = name;
            this.headings = headings;
        }

        /** Adds a row; an empty call adds a blank row. */
        Sheet row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        Sheets done() {
            return Sheets.this;
        }
    }
}
