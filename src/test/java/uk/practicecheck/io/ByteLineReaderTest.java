package uk.practicecheck.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines are split at exactly the line breaks a byte-by-byte search finds, wherever they fall in a word of eight. */
class ByteLineReaderTest {
    /** Bytes that differ from a line break by one bit, or have its low bits: the ones a word-wise search could confuse. */
    private static final byte[] NEAR_MISSES = {
        '\n', 0x0B, 0x08, 0x09, 0x0E, 0x1A, 0x2A, (byte) 0x8A, (byte) 0xCA, 0x00, (byte) 0xFF, '{', 'x',
    };

    @Test
    void theFirstLineBreakIsFoundWhereverItIsAndWhateverSurroundsIt() {
        Random random = new Random(19);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? NEAR_MISSES[random.nextInt(NEAR_MISSES.length)] : (byte) random.nextInt(256);
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);
            assertEquals(byteByByte(bytes, from, to), ByteLineReader.lineBreak(bytes, from, to), () -> Arrays.toString(bytes));
        }
    }

    @Test
    void linesLongerThanTheBufferAndCarriageReturnsAreKept() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            String line = "x".repeat(random.nextInt(i % 50 == 0 ? 150_000 : 700)) + i;
            lines.add(line);
            text.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        text.append("last, with no line break");
        lines.add("last, with no line break");
        ByteLineReader reader = new ByteLineReader(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        for (String line : lines) {
            assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), reader.readLine());
        }
        assertNull(reader.readLine());
    }

    private static int byteByByte(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
