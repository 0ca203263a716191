package uk.practicecheck.annexa;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The values read from one row, by column; a column that is absent or blank gives null. */
final class RowValues {
    private final Map<AnnexAColumn, Object> values = new EnumMap<>(AnnexAColumn.class);

    void put(AnnexAColumn column, Object value) {
        if (value != null) {
            values.put(column, value);
        }
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
