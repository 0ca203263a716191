package uk.practicecheck.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads an input line by line as bytes, without decoding them: JSON parsers read UTF-8 bytes
 * directly, and newline-delimited JSON needs nothing but the line breaks found.
 */
final class ByteLineReader {
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_BREAKS = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    ByteLineReader(InputStream in) {
        this.in = in;
    }

    /** Skips white space and a UTF-8 byte-order mark, returning how many line breaks were skipped. */
    int skipWhiteSpace() throws IOException {
        int lines = 0;
        while (fill()) {
            byte b = buffer[position];
            if (b == '\n') {
                lines++;
            } else if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return lines;
            }
            position++;
        }
        return lines;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        return fill() ? buffer[position] & 0xFF : -1;
    }

    /** The next line without its line break (nor a carriage return before it), or null at the end. */
    byte[] readLine() throws IOException {
        if (!fill()) {
            return null;
        }
        int start = position;
        while (true) {
            int end = lineBreak(buffer, position, limit);
            if (end >= 0) {
                position = end + 1;
                return line(start, end);
            }
            position = limit;
            if (!more(start)) {
                start = 0;
                return line(start, limit);
            }
            start = 0;
        }
    }

    /**
     * Where the first line break in {@code bytes[from, to)} is, or -1: eight bytes at a time (a byte equal to
     * the line break is one whose XOR with it is zero; the lowest zero byte of a word is found exactly by
     * subtracting one from each byte, as Hacker's Delight shows), as this thread splits every byte of an audit's input.
     */
    static int lineBreak(byte[] bytes, int from, int to) {
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long word = (long) WORDS.get(bytes, i) ^ LINE_BREAKS;
            long zeroBytes = (word - LOW_BITS) & ~word & HIGH_BITS;
            if (zeroBytes != 0) {
                return i + (Long.numberOfTrailingZeros(zeroBytes) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The rest of the input, unread bytes first. */
    InputStream remaining() {
        return new SequenceInputStream(new ByteArrayInputStream(buffer, position, limit - position), in);
    }

    private byte[] line(int start, int end) {
        int stop = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
        return Arrays.copyOfRange(buffer, start, stop);
    }

    /** Makes sure a byte is buffered at {@code position}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        position = 0;
        limit = 0;
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /**
     * Reads more input while keeping the unfinished line that starts at {@code start}, which
     * moves to the front of the buffer (growing it if the line fills it).
     */
    private boolean more(int start) throws IOException {
        int kept = limit - start;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else {
            System.arraycopy(buffer, start, buffer, 0, kept);
        }
        position = kept;
        limit = kept;
        int n = in.read(buffer, kept, buffer.length - kept);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }
}
