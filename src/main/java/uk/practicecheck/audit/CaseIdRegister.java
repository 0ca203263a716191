package uk.practicecheck.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.practicecheck.io.RecordSource;

/**
 * The case ids an audit has met, each with the record it was first met in, in 16 bytes or so an id so
 * that a million cases fit in little memory: an open-addressing table of a 64-bit hash of the id
 * (two different ids share one with a chance of about one in ten million million for a million cases)
 * to the record's place, its file's number and its record number packed in one long.
 */
final class CaseIdRegister {
    private static final int FILE_BITS = 24;
    private static final long RECORD_MASK = (1L << (64 - FILE_BITS)) - 1;

    private long[] keys = new long[1 << 10];
    private long[] places = new long[1 << 10];
    private int size;
    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileNumbers = new HashMap<>();
    /** Records come file by file: the file last seen and its number save a look-up a record. */
    private String lastFile;
    private int lastFileNumber;

    /**
     * Notes that {@code caseId} is used by the record at {@code source}.
     *
     * @return the record it was first used by, or null if this is its first use
     */
    RecordSource firstUse(String caseId, RecordSource source) {
        long key = hash(caseId);
        int mask = keys.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                long place = places[slot];
                return new RecordSource(files.get((int) (place >>> (64 - FILE_BITS))), place & RECORD_MASK);
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                places[slot] = ((long) fileNumber(source.file()) << (64 - FILE_BITS)) | (source.record() & RECORD_MASK);
                if (++size * 2 > keys.length) {
                    grow();
                }
                return null;
            }
        }
    }

    private int fileNumber(String file) {
        if (file.equals(lastFile)) {
            return lastFileNumber;
        }
        lastFile = file;
        lastFileNumber = fileNumbers.computeIfAbsent(file, f -> {
            files.add(f);
            return files.size() - 1;
        });
        return lastFileNumber;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        places = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = (int) oldKeys[i] & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                places[slot] = oldPlaces[i];
            }
        }
    }

    /** FNV-1a over the id's characters, then mixed (MurmurHash3's finaliser); never 0, which marks an empty slot. */
    static long hash(String caseId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < caseId.length(); i++) {
            h = (h ^ caseId.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
