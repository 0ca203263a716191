package uk.practicecheck.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Somewhere case summaries are read from: a file, or standard input.
 *
 * @param name   the name records are reported under: the path as given, or "-"
 * @param size   its size in bytes, or -1 when unknown (standard input)
 * @param ndjson whether it is known to be newline-delimited JSON (by its extension); otherwise the content decides
 * @param opener opens it for reading; null when {@code records} are given
 * @param records its records already separated (the children of an Annex A workbook, each as the JSON
 *                {@code convert} writes for it), which the reader passes on in order; null when the
 *                bytes from {@code opener} are to be split into records
 */
public record CaseInput(String name, long size, boolean ndjson, Opener opener, Iterable<RawRecord> records) {
    public static final String STANDARD_INPUT = "-";

    /** An input of bytes, split into records by the reader. */
    public CaseInput(String name, long size, boolean ndjson, Opener opener) {
        this(name, size, ndjson, opener, null);
    }

    /** An input whose records are already separated; its size is unknown. */
    public static CaseInput ofRecords(String name, Iterable<RawRecord> records) {
        return new CaseInput(name, -1, false, null, records);
    }

    /** Opens an input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static CaseInput file(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean ndjson = lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
        return new CaseInput(file.toString(), size, ndjson, () -> Files.newInputStream(file));
    }

    public static CaseInput standardInput(Supplier<InputStream> stdin) {
        return new CaseInput(STANDARD_INPUT, -1, false, stdin::get);
    }

    /**
     * The inputs named on a command line, in order: "-" is standard input; a folder stands for
     * its {@code *.json}, {@code *.ndjson} and {@code *.jsonl} files in name order (not its subfolders).
     */
    public static List<CaseInput> expand(List<String> arguments, Supplier<InputStream> stdin) throws IOException {
        List<CaseInput> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (STANDARD_INPUT.equals(argument)) {
                inputs.add(standardInput(stdin));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(CaseInput::isCaseFile).sorted().map(CaseInput::file).forEach(inputs::add);
                }
            } else {
                inputs.add(file(path));
            }
        }
        return inputs;
    }

    private static boolean isCaseFile(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (lower.endsWith(".json") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl"));
    }
}
