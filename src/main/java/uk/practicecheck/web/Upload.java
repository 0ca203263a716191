package uk.practicecheck.web;

import java.util.Locale;

/**
 * One uploaded file, held in memory only.
 *
 * @param name        the file name the browser gave, or a name for a raw request body
 * @param contentType the declared media type, without parameters, or "" when none was given
 * @param bytes       its content
 */
record Upload(String name, String contentType, byte[] bytes) {

    /** What kind of case file this is, by its name, then its declared type, then its first bytes. */
    Kind kind() {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return Kind.NDJSON;
        }
        if (lower.endsWith(".xlsx")) {
            return Kind.WORKBOOK;
        }
        if (lower.endsWith(".json")) {
            return Kind.JSON;
        }
        if (lower.endsWith(".csv")) {
            return Kind.RETURN_TABLE;
        }
        if (lower.endsWith(".zip")) {
            return Kind.ZIP;
        }
        if (lower.endsWith(".xml")) {
            return Kind.XML;
        }
        switch (contentType) {
            case "application/x-ndjson", "application/ndjson", "application/jsonl":
                return Kind.NDJSON;
            case Kind.WORKBOOK_TYPE:
                return Kind.WORKBOOK;
            case "application/json":
                return Kind.JSON;
            case "text/csv":
                return Kind.RETURN_TABLE;
            case "application/zip", "application/x-zip-compressed":
                return Kind.ZIP;
            case "application/xml", "text/xml":
                return Kind.XML;
            default:
                return sniff();
        }
    }

    private Kind sniff() {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Kind.WORKBOOK;
        }
        for (byte b : bytes) {
            if (b == '{' || b == '[') {
                return Kind.JSON;
            }
            if (b == '<') {
                return Kind.XML;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return Kind.UNKNOWN;
            }
        }
        return Kind.UNKNOWN;
    }

    /** The kinds of file the server reads cases from. */
    enum Kind {
        /** One case summary object, or an array of them. */
        JSON,
        /** One case summary object a line. */
        NDJSON,
        /** An Ofsted Annex A workbook. */
        WORKBOOK,
        /** One CSV table of an SSDA903 return. */
        RETURN_TABLE,
        /** A zip archive of an SSDA903 return's CSV tables (or its XML). */
        ZIP,
        /** An SSDA903 return's XML, or a Children in Need census. */
        XML,
        UNKNOWN;

        static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
