package uk.practicecheck.ssda903;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a return's table as kept until its child's rows are together: the cells the case is
 * built from ({@link RowFacts#COLUMNS}), and where the row is, in words.
 *
 * @param at  where the row is: "Episodes table (Episodes.csv), row 31", or an XML path
 * @param xml whether it is a group of the XML form, whose cells are elements (named by path) rather than columns
 */
record TableRow(Ssda903Table table, int returnIndex, String at, boolean xml, Map<String, String> values) {
    /** Where one of the row's cells is, in words. */
    String columnAt(String column) {
        return xml ? at + "/" + XmlTables.xmlName(column) : at + ", column " + column;
    }

    /** The row with only the cells the case is built from. */
    static TableRow of(Ssda903Table table, int returnIndex, String at, boolean xml, Map<String, String> cells) {
        Map<String, String> kept = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (RowFacts.COLUMNS.contains(column)) {
                kept.put(column, value);
            }
        });
        return new TableRow(table, returnIndex, at, xml, kept);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + at.length());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeByte(table.ordinal());
        out.writeByte(returnIndex);
        out.writeBoolean(xml);
        Bytes.writeString(out, at);
        out.writeShort(values.size());
        for (Map.Entry<String, String> cell : values.entrySet()) {
            Bytes.writeString(out, cell.getKey());
            Bytes.writeString(out, cell.getValue());
        }
    }

    static TableRow read(DataInput in) throws IOException {
        Ssda903Table table = Ssda903Table.values()[in.readByte()];
        int returnIndex = in.readByte();
        boolean xml = in.readBoolean();
        String at = Bytes.readString(in);
        int cells = in.readShort();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < cells; i++) {
            values.put(Bytes.readString(in), Bytes.readString(in));
        }
        return new TableRow(table, returnIndex, at, xml, values);
    }
}
