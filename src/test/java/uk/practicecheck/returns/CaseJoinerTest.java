package uk.practicecheck.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.model.CaseSummary;

/** Joining the cases sources give for the same child. */
class CaseJoinerTest {
    private static ReadResult read(String file, String json) {
        return new CaseSummaryReader().read(json.getBytes(StandardCharsets.UTF_8), new RecordSource(file, 1));
    }

    private static ParsedCase only(List<ReadResult> joined, String id) {
        return joined.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).parsed())
                .filter(p -> p.summary().getCaseId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSameEventIsJoinedAndEachDisagreementNamesBothSources() {
        ReadResult fromReturn = read("return", """
                {"schemaVersion":"1","caseId":"C1","dateOfBirth":"2015-02-01",
                 "reviews":[{"type":"LOOKED_AFTER","date":"2024-06-01","childViewsRecorded":true}],
                 "placements":[{"start":"2024-05-10","type":"FOSTER_CARE"}],
                 "notHeld":["visits","worker"]}""");
        ReadResult fromWorkbook = read("workbook", """
                {"schemaVersion":"1","caseId":"C1","dateOfBirth":"2015-02-01","worker":"Worker 7",
                 "reviews":[{"type":"LOOKED_AFTER","date":"2024-06-01"},{"type":"LOOKED_AFTER","date":"2024-12-01"}],
                 "placements":[{"start":"2024-05-10","type":"RESIDENTIAL"}],
                 "visits":[{"type":"LOOKED_AFTER","date":"2024-07-01"}],
                 "notHeld":["reviews","visits"]}""");
        List<ReadResult> joined = new CaseJoiner().join(List.of(
                new CaseJoiner.Source("the return", List.of(fromReturn)),
                new CaseJoiner.Source("the workbook", List.of(fromWorkbook))));
        assertEquals(1, joined.size());
        ParsedCase c = only(joined, "C1");
        CaseSummary summary = c.summary();
        assertEquals(2, summary.getReviews().size(), "the review of 2024-06-01 is one review");
        assertTrue(summary.getReviews().get(0).getChildViewsRecorded());
        assertEquals("Worker 7", summary.getWorker());
        assertEquals(1, summary.getPlacements().size());
        assertEquals("the workbook gives the placements entry for 2024-05-10: type as residential, not foster care as the return"
                + " does; foster care (the return) was used", c.warnings().get(0));
        assertTrue(summary.getNotHeld().contains("visits"), "neither holds every visit");
        assertFalse(summary.getNotHeld().contains("reviews"), "the return holds every review");
        assertFalse(summary.getNotHeld().contains("worker"), "the workbook holds the worker");
    }

    @Test
    void aCollectionHeldFromADayIsHeldFromTheEarliestDayUnlessASourceHoldsItWhole() {
        ReadResult fromReturn = read("return", """
                {"schemaVersion":"1","caseId":"C1","dateOfBirth":"2015-02-01",
                 "reviews":[{"type":"LOOKED_AFTER","date":"2024-06-01"}],
                 "heldFrom":{"reviews":"2024-04-01","placements":"2024-04-01"},
                 "notHeld":["visits"]}""");
        ReadResult fromWorkbook = read("workbook", """
                {"schemaVersion":"1","caseId":"C1","dateOfBirth":"2015-02-01",
                 "reviews":[{"type":"LOOKED_AFTER","date":"2025-01-10"}],
                 "visits":[{"type":"LOOKED_AFTER","date":"2025-03-01"}],
                 "heldFrom":{"reviews":"2025-01-10","visits":"2025-03-01"},
                 "notHeld":["missingEpisodes"]}""");
        List<ReadResult> joined = new CaseJoiner().join(List.of(
                new CaseJoiner.Source("the return", List.of(fromReturn)),
                new CaseJoiner.Source("the workbook", List.of(fromWorkbook))));
        ParsedCase c = only(joined, "C1");
        assertEquals(java.util.Map.of("reviews", java.time.LocalDate.of(2024, 4, 1),
                        "visits", java.time.LocalDate.of(2025, 3, 1)), c.summary().getHeldFrom(),
                "reviews from the return's year on; visits from the workbook's latest; placements whole in the workbook");
        assertTrue(c.warnings().isEmpty(), "the days each source holds from are not facts that disagree: " + c.warnings());
    }

    @Test
    void rejectionsAndChildrenInOneSourceOnlyPassThroughInOrder() {
        ReadResult rejected = new ReadResult.Rejected(new Rejection(new RecordSource("return", 2), "Episodes", "bad"));
        ReadResult a = read("return", "{\"schemaVersion\":\"1\",\"caseId\":\"A\"}");
        ReadResult b = read("workbook", "{\"schemaVersion\":\"1\",\"caseId\":\"B\"}");
        List<ReadResult> joined = new CaseJoiner().join(List.of(
                new CaseJoiner.Source("the return", List.of(a, rejected)),
                new CaseJoiner.Source("the workbook", List.of(b))));
        assertEquals(3, joined.size(), "counts reconcile");
        assertEquals("A", ((ReadResult.Ok) joined.get(0)).parsed().summary().getCaseId());
        assertTrue(joined.get(1) instanceof ReadResult.Rejected);
        assertEquals("B", ((ReadResult.Ok) joined.get(2)).parsed().summary().getCaseId());
    }

    @Test
    void aGapBetweenAReturnsYearAndALaterWorkbookIsAWarningNamingBothAndWhatFellBetweenIsNotHeld() {
        ReadResult fromReturn = read("return", """
                {"schemaVersion":"1","caseId":"C1","dateOfBirth":"2015-02-01",
                 "reviews":[{"type":"LOOKED_AFTER","date":"2024-06-01"}],
                 "notHeld":["visits"]}""");
        ReadResult fromWorkbook = read("workbook", """
                {"schemaVersion":"1","caseId":"C1","dateOfBirth":"2015-02-01",
                 "reviews":[{"type":"LOOKED_AFTER","date":"2026-01-10"}],
                 "heldFrom":{"reviews":"2026-01-10"},
                 "notHeld":["missingEpisodes"]}""");
        ParsedCase c = only(new CaseJoiner().join(List.of(
                new CaseJoiner.Source("the SSDA903 return r", List.of(fromReturn), java.time.LocalDate.of(2025, 3, 31)),
                new CaseJoiner.Source("the Annex A workbook w", List.of(fromWorkbook)))), "C1");
        assertEquals(java.time.LocalDate.of(2026, 1, 10), c.summary().heldFrom("reviews.date"),
                "the return holds the child's whole history, but only to 31 March 2025: the reviews between are in neither");
        assertEquals(List.of("reviews: the SSDA903 return r holds them until 2025-03-31 and the Annex A workbook w only from"
                + " 2026-01-10, so any between are in neither; they are held only from 2026-01-10"), c.warnings());

        ReadResult earlierWorkbook = read("workbook", """
                {"schemaVersion":"1","caseId":"C1","dateOfBirth":"2015-02-01",
                 "reviews":[{"type":"LOOKED_AFTER","date":"2025-01-10"}],
                 "heldFrom":{"reviews":"2025-01-10"},
                 "notHeld":["missingEpisodes"]}""");
        ParsedCase overlapping = only(new CaseJoiner().join(List.of(
                new CaseJoiner.Source("the SSDA903 return r", List.of(fromReturn), java.time.LocalDate.of(2025, 3, 31)),
                new CaseJoiner.Source("the Annex A workbook w", List.of(earlierWorkbook)))), "C1");
        assertEquals(null, overlapping.summary().heldFrom("reviews.date"), "the workbook's latest review falls in the year");
        assertTrue(overlapping.warnings().isEmpty(), overlapping.warnings()::toString);
    }
}
