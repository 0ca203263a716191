package uk.practicecheck.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;

/** Reads the case records of uploaded files, in memory, keeping every record: read or rejected. */
final class CaseRecords {
    private final CaseSummaryReader reader = new CaseSummaryReader();

    List<ReadResult> read(List<Upload> files) {
        List<ReadResult> records = new ArrayList<>();
        for (Upload file : files) {
            switch (file.kind()) {
                case JSON -> records.addAll(readJson(file));
                case NDJSON -> records.addAll(readNdjson(file));
                case WORKBOOK -> throw new WebProblem(415, file.name()
                        + " is a workbook; this build reads case summaries in JSON or NDJSON only.");
                default -> throw new WebProblem(415, file.name()
                        + " is not a case file: upload case summaries as .json or .ndjson.");
            }
        }
        return records;
    }

    private List<ReadResult> readJson(Upload file) {
        byte[] bytes = file.bytes();
        if (!startsWithArray(bytes)) {
            return List.of(reader.read(bytes, new RecordSource(file.name(), 1)));
        }
        JsonNode array;
        try {
            array = reader.mapper().readTree(bytes);
        } catch (IOException e) {
            return List.of(reader.read(bytes, new RecordSource(file.name(), 1)));
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            results.add(reader.read(array.get(i), new RecordSource(file.name(), i + 1L)));
        }
        return results;
    }

    /** One record a line; blank lines are skipped and records are numbered by line. */
    private List<ReadResult> readNdjson(Upload file) {
        byte[] bytes = file.bytes();
        List<ReadResult> results = new ArrayList<>();
        int start = 0;
        long line = 1;
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            byte[] record = Arrays.copyOfRange(bytes, start, end);
            if (!isBlank(record)) {
                results.add(reader.read(record, new RecordSource(file.name(), line)));
            }
            start = end + 1;
            line++;
        }
        if (results.isEmpty()) {
            results.add(new ReadResult.Rejected(new Rejection(new RecordSource(file.name(), 1), null,
                    "the file holds no case records")));
        }
        return results;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithArray(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '[';
            }
        }
        return false;
    }
}
