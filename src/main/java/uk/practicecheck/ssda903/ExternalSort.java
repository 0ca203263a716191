package uk.practicecheck.ssda903;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * Sorts entries (a key, a sequence number and bytes) by key, then sequence, in a fixed amount of
 * memory: entries are kept until they fill {@code budget} bytes, then sorted and written to a
 * temporary file (a run), and the runs are merged as they are read back. Entries that never fill
 * the budget are sorted in memory and nothing is written.
 *
 * <p>The entries are about children, so the runs never hold them in clear: each sort encrypts its
 * runs (AES in counter mode) with a key made for it and kept only in memory, so a file left behind
 * by a process that was killed cannot be read. The runs are in a folder of the temporary directory
 * that only the user can open, deleted by {@link #close()}, or when the program exits.
 */
final class ExternalSort implements Closeable {
    /** An entry: what it is sorted by, and what it carries. */
    record Entry(String key, long seq, byte[] payload) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key).thenComparingLong(Entry::seq);
    /** Roughly what an entry costs in memory beyond its key's characters and its bytes. */
    private static final int ENTRY_OVERHEAD = 96;
    private static final int READ_BUFFER = 16 * 1024;
    private static final int WRITE_BUFFER = 64 * 1024;
    /** Folders of runs not yet deleted, deleted when the program exits. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ExternalSort::deleteFolder), "practice-check temp files"));
    }

    private final long budget;
    private final int fanIn;
    private final List<Entry> buffer = new ArrayList<>();
    private long buffered;
    private long size;
    private final List<Run> runs = new ArrayList<>();
    private Path folder;
    private SecretKey key;
    private boolean finished;

    /** A sorted run in its file, with the counter-mode starting block it was encrypted from. */
    private record Run(Path file, byte[] iv, long entries) {
    }

    /**
     * @param budget the most memory the entries kept before a run is written may take, in bytes
     *               (estimated); {@link Long#MAX_VALUE} to keep every entry in memory
     * @param fanIn  the most runs merged at once (at least 2); more are merged in rounds
     */
    ExternalSort(long budget, int fanIn) {
        if (fanIn < 2) {
            throw new IllegalArgumentException("a merge needs at least two runs at once");
        }
        this.budget = budget;
        this.fanIn = fanIn;
    }

    void add(String key, long seq, byte[] payload) throws IOException {
        if (finished) {
            throw new IllegalStateException("entries are added before the sorted entries are read");
        }
        buffer.add(new Entry(key, seq, payload));
        buffered += 2L * key.length() + payload.length + ENTRY_OVERHEAD;
        size++;
        if (buffered >= budget) {
            runs.add(write(buffer));
            buffer.clear();
            buffered = 0;
        }
    }

    /** How many entries were added. */
    long size() {
        return size;
    }

    /** Whether any run was written to disk (for tests). */
    boolean spilled() {
        return !runs.isEmpty();
    }

    /** The folder the runs are written in; null until the first is (for tests). */
    Path folder() {
        return folder;
    }

    /**
     * The entries in order. The first call ends the adding; each call reads them again from the
     * start. The iterator closes its files once it has given the last entry.
     */
    Iterator<Entry> sorted() throws IOException {
        if (!finished) {
            finished = true;
            buffer.sort(ORDER);
            if (!runs.isEmpty() && !buffer.isEmpty()) {
                runs.add(write(buffer));
                buffer.clear();
            }
            while (runs.size() > fanIn) {
                List<Run> round = new ArrayList<>(runs.subList(0, fanIn));
                runs.subList(0, fanIn).clear();
                runs.add(merge(round));
                for (Run merged : round) {
                    Files.deleteIfExists(merged.file());
                }
            }
        }
        if (runs.isEmpty()) {
            return buffer.iterator();
        }
        return new Merge(runs);
    }

    private Run merge(List<Run> round) throws IOException {
        Merge merge = new Merge(round);
        Run run = newRun();
        try (DataOutputStream out = output(run)) {
            long count = 0;
            while (merge.hasNext()) {
                writeEntry(out, merge.next());
                count++;
            }
            return new Run(run.file(), run.iv(), count);
        }
    }

    private Run write(List<Entry> entries) throws IOException {
        entries.sort(ORDER);
        Run run = newRun();
        try (DataOutputStream out = output(run)) {
            for (Entry entry : entries) {
                writeEntry(out, entry);
            }
        }
        return new Run(run.file(), run.iv(), entries.size());
    }

    /** A new, empty run file (made with the sort's folder and key the first time). */
    private Run newRun() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("practice-check-ssda903-");
            LIVE.add(folder);
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                key = generator.generateKey();
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot make a key to encrypt temporary files: " + e.getMessage(), e);
            }
        }
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        return new Run(Files.createTempFile(folder, "run-", ".bin"), iv, 0);
    }

    private Cipher cipher(int mode, byte[] iv) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt temporary files: " + e.getMessage(), e);
        }
    }

    private DataOutputStream output(Run run) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(
                new CipherOutputStream(Files.newOutputStream(run.file()), cipher(Cipher.ENCRYPT_MODE, run.iv())), WRITE_BUFFER));
    }

    private DataInputStream input(Run run) throws IOException {
        return new DataInputStream(new BufferedInputStream(
                new CipherInputStream(Files.newInputStream(run.file()), cipher(Cipher.DECRYPT_MODE, run.iv())), READ_BUFFER));
    }

    private static void writeEntry(DataOutputStream out, Entry entry) throws IOException {
        Bytes.writeString(out, entry.key());
        out.writeLong(entry.seq());
        out.writeInt(entry.payload().length);
        out.write(entry.payload());
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        String key = Bytes.readString(in);
        long seq = in.readLong();
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        return new Entry(key, seq, payload);
    }

    /** The runs merged: each run's next entry in a queue, the least first. */
    private final class Merge implements Iterator<Entry> {
        private record Head(Entry entry, DataInputStream in, long left) {
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, ORDER));

        Merge(List<Run> merged) throws IOException {
            try {
                for (Run run : merged) {
                    DataInputStream in = input(run);
                    if (run.entries() == 0) {
                        in.close();
                    } else {
                        heads.add(new Head(readEntry(in), in, run.entries() - 1));
                    }
                }
            } catch (IOException | RuntimeException e) {
                heads.forEach(h -> closeQuietly(h.in()));
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Entry next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            try {
                if (head.left() > 0) {
                    heads.add(new Head(readEntry(head.in()), head.in(), head.left() - 1));
                } else {
                    head.in().close();
                }
            } catch (EOFException e) {
                throw new UncheckedIOException("a temporary file was cut short", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return head.entry();
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing a file only read: nothing is lost.
        }
    }

    /** Deletes the runs and their folder. */
    @Override
    public void close() {
        buffer.clear();
        if (folder != null) {
            deleteFolder(folder);
            LIVE.remove(folder);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Already gone, or not deletable now: the runs in it are encrypted with a key that died with the sort.
        }
    }
}
