package uk.practicecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaseSummaryReaderStreamTest {
    private final CaseSummaryReader reader = new CaseSummaryReader();

    private List<ReadResult> read(String content) {
        CaseInput input = new CaseInput("-", -1, false,
                () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        List<ReadResult> results = new ArrayList<>();
        reader.stream(input, new AtomicLong(), raw -> results.add(reader.read(raw)));
        return results;
    }

    private static String describe(ReadResult r) {
        return r instanceof ReadResult.Ok ok ? "ok " + ok.parsed().source().record() + " " + ok.parsed().summary().getCaseId()
                : "rejected " + ((ReadResult.Rejected) r).rejection().describe();
    }

    @Test
    void ndjsonRecordsAreNumberedByLineAndABadLineDoesNotStopTheRest() {
        List<ReadResult> results = read("\n{\"caseId\":\"A\"}\n\n{\"caseId\": broken}\r\n{\"caseId\":\"C\"}");
        assertEquals(List.of("ok 2 A", "rejected - (record 4): malformed JSON", "ok 5 C"),
                results.stream().map(CaseSummaryReaderStreamTest::describe)
                        .map(s -> s.startsWith("rejected") ? s.substring(0, s.indexOf("JSON") + 4) : s).toList());
    }

    @Test
    void anArrayElementOfTheWrongShapeIsRejectedAndReadingGoesOn() {
        List<ReadResult> results = read("[{\"caseId\":\"A\"}, {\"caseId\":\"B\",\"dateOfBirth\":\"2020-02-30\"},"
                + " {\"caseId\":\"C\",\"reviews\":[{\"date\":\"x\"}]}, {\"caseId\":\"D\"}]");
        List<String> described = results.stream().map(CaseSummaryReaderStreamTest::describe).toList();
        assertEquals(4, described.size(), described::toString);
        assertEquals("ok 1 A", described.get(0));
        assertTrue(described.get(1).startsWith("rejected - (record 2), field dateOfBirth"), described.get(1));
        assertTrue(described.get(2).startsWith("rejected - (record 3), field reviews[0].date"), described.get(2));
        assertEquals("ok 4 D", described.get(3));
    }

    @Test
    void brokenJsonInAnArrayEndsTheFileWithARejection() {
        List<String> described = read("[{\"caseId\":\"A\"}, {\"caseId\": nope}, {\"caseId\":\"C\"}]").stream()
                .map(CaseSummaryReaderStreamTest::describe).toList();
        assertEquals(2, described.size(), described::toString);
        assertTrue(described.get(1).contains("record 2") && described.get(1).contains("the rest of the file could not be read"),
                described.get(1));
    }

    @Test
    void aPrettyPrintedObjectIsOneCase() {
        List<String> described = read("{\n  \"caseId\": \"A\",\n  \"team\": \"T\"\n}\n").stream()
                .map(CaseSummaryReaderStreamTest::describe).toList();
        assertEquals(List.of("ok 1 A"), described);
    }

    @Test
    void aLongLineIsReadWhole() {
        String name = "x".repeat(200_000);
        List<ReadResult> results = read("{\"caseId\":\"A\",\"childName\":\"" + name + "\"}\n{\"caseId\":\"B\"}\n");
        assertEquals(name, ((ReadResult.Ok) results.get(0)).parsed().summary().getChildName());
        assertEquals("ok 2 B", describe(results.get(1)));
    }
}
