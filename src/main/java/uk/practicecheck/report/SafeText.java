package uk.practicecheck.report;

/**
 * Makes text from case data safe to write where people read it: a terminal, a Markdown file, a
 * web page, a spreadsheet. Control characters (C0, DEL, C1) and the Unicode line and paragraph
 * separators can move a terminal's cursor, clear its screen, set its title or start a line that
 * looks like part of the report; so line breaks and tabs become spaces and every other control
 * character becomes U+FFFD (the replacement character, so that something is seen to be missing).
 * JSON does not use this: it keeps exact values, escaped.
 */
public final class SafeText {
    static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** {@code text} with its control characters replaced; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            char replacement = replacementFor(ch);
            if (replacement != ch && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char replacementFor(char ch) {
        if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\u2028' || ch == '\u2029') {
            return ' ';
        }
        if (ch < 0x20 || ch >= 0x7f && ch <= 0x9f) {
            return REPLACEMENT;
        }
        return ch;
    }

    /**
     * A spreadsheet cell that cannot start a formula: text starting with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (which Excel and
     * LibreOffice show as text), then its control characters are replaced.
     */
    public static String cell(String text) {
        return clean(startsLikeFormula(text) ? "'" + text : text);
    }

    /** Whether a spreadsheet program would take {@code text} for the start of a formula. */
    static boolean startsLikeFormula(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
