package uk.practicecheck.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a syntax error inside a JSON array cost. Once the JSON is broken, where the later records
 * begin cannot be known for certain, so the rest of the file is not read; this counts, roughly, the
 * records in it, for the report to say how many were lost. The count follows brackets and strings
 * from the character the parser stopped at, at the depth it had reached: exact when the error is a
 * slip that leaves brackets and quotes balanced (a missing comma, a stray character), a guess otherwise.
 */
final class RestOfArray {
    private RestOfArray() {
    }

    /**
     * An input that remembers the bytes most recently read from it (more than a parser buffers), so
     * that the rest of an array can be scanned from the very character a parser stopped at.
     */
    static final class Remembering extends FilterInputStream {
        private static final int KEPT = 1 << 16;
        private final byte[] kept = new byte[KEPT];
        private long total;

        Remembering(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                kept[(int) (total++ % KEPT)] = (byte) b;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                kept[(int) (total++ % KEPT)] = buffer[offset + i];
            }
            return n;
        }

        /** Reads on without remembering: what the parser never reached. */
        int unremembered(byte[] buffer) throws IOException {
            return in.read(buffer);
        }
    }

    /**
     * How many records begin at or after the error, which ended {@code parser}'s reading of {@code in}: a
     * syntax error (located at the character at fault, its context the one it was found in), or a limit such as
     * the nesting depth (not located: the parser has just opened the context that went beyond it).
     */
    static long recordsFrom(JsonProcessingException error, JsonParser parser, JsonStreamContext array, Remembering in)
            throws IOException {
        int depth = 0;
        for (JsonStreamContext c = parser.getParsingContext(); c != null && c != array; c = c.getParent()) {
            depth++;
        }
        Counter counter = new Counter(depth);
        JsonLocation stopped = error.getLocation() != null ? error.getLocation() : parser.currentLocation();
        long from = stopped.getByteOffset();
        if (from < 0 || in.total - from > Remembering.KEPT) {
            from = in.total;
        }
        for (long at = from; at < in.total && !counter.arrayClosed; at++) {
            counter.scan(in.kept[(int) (at % Remembering.KEPT)]);
        }
        byte[] chunk = new byte[1 << 16];
        for (int n = in.unremembered(chunk); n >= 0 && !counter.arrayClosed; n = in.unremembered(chunk)) {
            for (int i = 0; i < n && !counter.arrayClosed; i++) {
                counter.scan(chunk[i]);
            }
        }
        return counter.records;
    }

    private static final class Counter {
        int depth;
        boolean inString;
        boolean escaped;
        boolean arrayClosed;
        long records;

        Counter(int depth) {
            this.depth = depth;
        }

        void scan(byte b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (depth == 0) {
                    records++;
                }
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                arrayClosed = depth < 0;
            }
        }
    }
}
