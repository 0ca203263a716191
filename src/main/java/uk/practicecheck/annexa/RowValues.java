package uk.practicecheck.annexa;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values read from one row, by column; a column that is absent or blank gives null. The row
 * also knows where each of its columns is, so that whatever is built from a value can say which
 * list, row and column it came from.
 */
final class RowValues {
    private final Map<AnnexAColumn, Object> values = new EnumMap<>(AnnexAColumn.class);
    private final String row;
    private final Function<AnnexAColumn, String> places;

    /**
     * @param row    the row, as reports name it: "List_8 (List 8 - Children in care), row 5"
     * @param places the place of a column in this row, with its letters and heading
     */
    RowValues(String row, Function<AnnexAColumn, String> places) {
        this.row = row;
        this.places = places;
    }

    void put(AnnexAColumn column, Object value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    /** The row, as reports name it. */
    String row() {
        return row;
    }

    /** Where a column of this row is: the row, the column's letters and heading (the row alone if the sheet lacks it). */
    String place(AnnexAColumn column) {
        String place = places.apply(column);
        return place == null ? row : place;
    }

    LocalDate date(AnnexAColumn column) {
        return (LocalDate) values.get(column);
    }

    Boolean yesNo(AnnexAColumn column) {
        return (Boolean) values.get(column);
    }

    String text(AnnexAColumn column) {
        return (String) values.get(column);
    }

    Integer count(AnnexAColumn column) {
        return (Integer) values.get(column);
    }
}
