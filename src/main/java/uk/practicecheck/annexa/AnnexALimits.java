package uk.practicecheck.annexa;

import java.util.Locale;

/**
 * How big a workbook practice-check reads. A workbook over any of them is refused as one rejected
 * input, saying which limit it passed, rather than read until memory runs out: every child read is
 * kept until the workbook is finished (the lists must be joined), so memory grows with the rows.
 * The defaults are several times the largest local authority's Annex A (a busy authority records
 * some tens of thousands of contacts in twelve months); docs/annex-a.md says how much memory they need.
 *
 * @param maxBytes             the workbook file (or upload) itself
 * @param maxRowsPerSheet      rows with anything in them, in any one sheet
 * @param maxRows              rows with anything in them, in all sheets together
 * @param maxCells             cells with anything in them, in all sheets together
 * @param maxSharedStringBytes the workbook's table of text values, unpacked (it is held in memory while reading)
 */
public record AnnexALimits(long maxBytes, long maxRowsPerSheet, long maxRows, long maxCells, long maxSharedStringBytes) {

    /** The limits every command and the web server use. */
    public static final AnnexALimits DEFAULT = new AnnexALimits(50L << 20, 200_000, 400_000, 12_000_000, 64L << 20);

    /** The limits in words, for messages and documentation. */
    public String describe() {
        return String.format(Locale.ROOT, "%s a workbook, %,d rows a sheet, %,d rows and %,d cells in all,"
                + " %s of text values unpacked", megabytes(maxBytes), maxRowsPerSheet, maxRows, maxCells,
                megabytes(maxSharedStringBytes));
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
