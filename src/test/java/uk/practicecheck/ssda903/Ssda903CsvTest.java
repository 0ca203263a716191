package uk.practicecheck.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatus;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.Placement;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.Review;
import uk.practicecheck.returns.CollectionPeriod;

/** The SSDA903 return read from its CSV tables, table by table. */
class Ssda903CsvTest {
    @TempDir
    Path dir;

    private Ssda903Return.Result read(Path... returns) {
        return Ssda903Return.read(List.of(returns));
    }

    @Test
    void episodesBecomeLookedAfterPeriodsByLegalStatusAndPlacementsByCarers() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "header.csv", Tables.HEADER, "C1,1,01/02/2015,WBRI,,,");
        Tables.write(r, "episodes.csv", Tables.EPISODES,
                Tables.episode("C1", "10/05/2024", "S", "V2", "U6", "01/07/2024", "X1"),
                Tables.episode("C1", "01/07/2024", "L", "C1", "U6", "15/09/2024", "X1"),
                Tables.episode("C1", "15/09/2024", "B", "C1", "U4", "20/11/2024", "X1"),
                Tables.episode("C1", "20/11/2024", "P", "C2", "K2", "03/03/2025", "E4A"));
        CaseSummary c = Tables.caseOf(read(r).records(), "C1");

        assertEquals(LocalDate.of(2015, 2, 1), c.getDateOfBirth());
        List<LegalStatus> statuses = c.getLegalStatuses();
        assertEquals(3, statuses.size(), "section 20, then an interim care order, then a full care order");
        assertEquals(LegalStatusType.LOOKED_AFTER, statuses.get(0).getStatus());
        assertEquals("single period of accommodation under section 20 (V2)", statuses.get(0).getBasis());
        assertEquals(LocalDate.of(2024, 11, 20), statuses.get(1).getEnd());
        assertNull(statuses.get(1).getEndReason(), "the child stayed looked after (X1)");
        assertEquals("E4A", statuses.get(2).getEndReason());
        assertEquals(LocalDate.of(2025, 3, 3), statuses.get(2).getEnd());
        assertEquals(1, c.getLookedAfterPeriods().size(), "one spell in care");

        List<Placement> placements = c.getPlacements();
        assertEquals(2, placements.size(), "the same foster carers from May to November (U6 then long-term U4), then a home");
        assertEquals(PlacementType.FOSTER_CARE, placements.get(0).getType());
        assertEquals(LocalDate.of(2024, 9, 15), placements.get(0).getLongTermFrom());
        assertEquals(LocalDate.of(2024, 11, 20), placements.get(0).getEnd());
        assertEquals(PlacementType.RESIDENTIAL, placements.get(1).getType());
        assertFalse(placements.get(1).getShortBreak());
    }

    @Test
    void shortBreaksAreMarked() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C2", "10/05/2024", "S", "V4", "K2", "12/05/2024", "E8"));
        CaseSummary c = Tables.caseOf(read(r).records(), "C2");
        assertTrue(c.getPlacements().get(0).getShortBreak());
        assertEquals("E8", c.getLegalStatuses().get(0).getEndReason());
    }

    @Test
    void reviewsCarryWhetherTheChildsViewsReachedThem() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/05/2024", "S", "C1", "U6", "", ""));
        Tables.write(r, "reviews.csv", Tables.REVIEWS,
                "C1,01/02/2015,05/06/2024,PN1", "C1,01/02/2015,05/09/2024,PN7", "C1,01/02/2015,05/03/2025,PN0");
        List<Review> reviews = Tables.caseOf(read(r).records(), "C1").getReviews();
        assertEquals(3, reviews.size());
        assertEquals(LocalDate.of(2024, 6, 5), reviews.get(0).getDate());
        assertTrue(reviews.get(0).getChildViewsRecorded());
        assertFalse(reviews.get(1).getChildViewsRecorded());
        assertNull(reviews.get(2).getChildViewsRecorded(), "a child under 4: not asked");
    }

    @Test
    void missingEpisodesAreRecordedAndAbsencesAreAWarning() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/05/2024", "S", "C1", "U6", "", ""));
        Tables.write(r, "missing.csv", Tables.MISSING,
                "C1,01/02/2010,M,03/06/2024,05/06/2024", "C1,01/02/2010,A,09/07/2024,09/07/2024", "C1,01/02/2010,M,01/03/2025,");
        List<ReadResult> records = read(r).records();
        CaseSummary c = Tables.caseOf(records, "C1");
        assertEquals(2, c.getMissingEpisodes().size());
        assertEquals(LocalDate.of(2024, 6, 3).atStartOfDay(), c.getMissingEpisodes().get(0).getStart());
        assertNull(c.getMissingEpisodes().get(1).getEnd(), "still missing");
        assertTrue(Tables.warningsOf(records, "C1").stream().anyMatch(w -> w.contains("1 period away from placement without authorisation")));
        assertTrue(c.getNotHeld().contains("missingEpisodes.returnInterviewOffered"), "return interviews are not in the return");
    }

    @Test
    void aReturnBeforeGoingMissingKeepsTheChildAndTheEpisodeWithItsReturnUnknown() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/05/2024", "S", "C1", "U6", "", ""));
        Path missing = Tables.write(r, "missing.csv", Tables.MISSING,
                "C1,01/02/2010,M,03/06/2024,05/06/2024", "C1,01/02/2010,M,09/07/2024,01/07/2024");
        List<ReadResult> records = read(r).records();
        assertEquals(1, records.size());
        CaseSummary c = Tables.caseOf(records, "C1");
        assertEquals(2, c.getMissingEpisodes().size(), "the child and both episodes are read");
        assertEquals(LocalDate.of(2024, 7, 9).atStartOfDay(), c.getMissingEpisodes().get(1).getStart());
        assertNull(c.getMissingEpisodes().get(1).getEnd());
        assertEquals(List.of("Missing table (" + missing + "), row 3, column MIS_END: child C1 returned (2024-07-01) before going"
                + " missing (2024-07-09); the episode was read with the date of return taken as unknown"),
                Tables.warningsOf(records, "C1"));
    }

    @Test
    void adoptionMilestonesComeFromEpisodesPlacedAdoptionAndAd1() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES,
                Tables.episode("A1", "10/04/2024", "S", "C1", "U6", "01/07/2024", "X1"),
                Tables.episode("A1", "01/07/2024", "L", "E1", "U6", "01/09/2024", "X1"),
                Tables.episode("A1", "01/09/2024", "B", "E1", "A5", "01/03/2025", "E11"));
        Tables.write(r, "placed.csv", Tables.PLACED, "A1,01/02/2023,20/06/2024,,");
        Tables.write(r, "ad1.csv", Tables.AD1, "A1,01/02/2023,21/06/2024,10/08/2024,1,2,MF,L0");
        List<ReadResult> records = read(r).records();
        CaseSummary c = Tables.caseOf(records, "A1");
        assertEquals(LocalDate.of(2024, 7, 1), c.getAdoption().getPlacementOrder());
        assertEquals(LocalDate.of(2024, 9, 1), c.getAdoption().getPlaced());
        assertTrue(c.getAdoption().getPlacedWithFosterCarers());
        assertEquals(LocalDate.of(2025, 3, 1), c.getAdoption().getAdoptionOrder());
        assertEquals(LocalDate.of(2024, 6, 20), c.getAdoption().getAgencyDecisionMakerDecision());
        assertEquals(LocalDate.of(2024, 8, 10), c.getAdoption().getMatched());
        assertFalse(c.getNotHeld().contains("adoption.matched"), "held for a child adopted in the year");
        assertTrue(Tables.warningsOf(records, "A1").stream().anyMatch(w -> w.contains("AD1 table")
                && w.contains("2024-06-21, not 2024-06-20 as PlacedAdoption table")), Tables.warningsOf(records, "A1")::toString);
    }

    @Test
    void aReversedAdoptionDecisionIsAWarningAndNotTheDecision() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("A2", "10/04/2024", "S", "C1", "U6", "", ""));
        Tables.write(r, "placed.csv", Tables.PLACED, "A2,01/02/2023,20/06/2024,01/12/2024,RD1");
        List<ReadResult> records = read(r).records();
        assertNull(Tables.caseOf(records, "A2").getAdoption());
        assertTrue(Tables.warningsOf(records, "A2").stream().anyMatch(w -> w.contains("reversed on 2024-12-01 (reason RD1)")));
    }

    @Test
    void aBadDateRejectsThatChildNamingFileTableRowAndColumn() throws Exception {
        Path r = dir.resolve("2025");
        Path episodes = Tables.write(r, "episodes.csv", Tables.EPISODES,
                Tables.episode("GOOD", "10/04/2024", "S", "C1", "U6", "", ""),
                Tables.episode("BAD", "31/02/2024", "S", "C1", "U6", "", ""));
        List<ReadResult> records = read(r).records();
        assertEquals(2, records.size(), "every child read or rejected");
        ReadResult.Rejected rejected = (ReadResult.Rejected) records.get(1);
        assertEquals("Episodes table (" + episodes + "), row 3, column DECOM", rejected.rejection().field());
        assertTrue(rejected.rejection().reason().startsWith("child BAD: '31/02/2024' is not a date"), rejected.rejection().reason());
        assertTrue(records.get(0) instanceof ReadResult.Ok);
    }

    @Test
    void aRowWithoutItsEventDateOrChildIsRejected() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/04/2024", "S", "C1", "U6", "", ""));
        Tables.write(r, "reviews.csv", Tables.REVIEWS, "C1,01/02/2015,,PN1", ",01/02/2015,05/06/2024,PN1");
        List<ReadResult> records = read(r).records();
        assertEquals(2, records.size());
        assertTrue(((ReadResult.Rejected) records.get(0)).rejection().reason().contains("required: the row has no REVIEW date"));
        assertTrue(((ReadResult.Rejected) records.get(1)).rejection().field().endsWith("row 3, column CHILD"));
    }

    @Test
    void anUnknownCodeIsAWarningNamingItsCell() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/04/2024", "S", "Q9", "ZZ", "", ""));
        List<ReadResult> records = read(r).records();
        List<String> warnings = Tables.warningsOf(records, "C1");
        assertTrue(warnings.stream().anyMatch(w -> w.endsWith("row 2, column LS: 'Q9' is not a known legal status code")), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("column PLACE: 'ZZ' is not a known placement type code")), warnings::toString);
        assertEquals(PlacementType.OTHER, Tables.caseOf(records, "C1").getPlacements().get(0).getType());
    }

    @Test
    void tablesAreRecognisedByTheirHeadingsWhateverTheFileIsCalled() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "export_1.csv", Tables.EPISODES, Tables.episode("C1", "10/04/2024", "S", "C1", "U6", "", ""));
        Tables.write(r, "export_2.csv", Tables.REVIEWS, "C1,01/02/2015,05/05/2024,PN1");
        Tables.write(r, "notes.csv", "A,B", "1,2");
        Ssda903Return.Result result = read(r);
        assertEquals(1, Tables.caseOf(result.records(), "C1").getReviews().size());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("notes.csv: not an SSDA903 table")), result.notes()::toString);
    }

    @Test
    void aMissingTableIsANoteAndWhatItHoldsIsNotHeld() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/04/2024", "S", "C1", "U6", "", ""));
        Ssda903Return.Result result = read(r);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("no Header, Reviews")), result.notes()::toString);
        CaseSummary c = Tables.caseOf(result.records(), "C1");
        assertTrue(c.getNotHeld().contains("reviews"));
        assertFalse(c.getNotHeld().contains("placements"));
    }

    @Test
    void theCollectionYearIsTheOneTheLatestDateFallsIn() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/04/2024", "S", "C1", "U6", "02/02/2025", "E13"));
        Ssda903Return.Result result = read(r);
        assertEquals(new CollectionPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)), result.periods().get(0));
        assertEquals(LocalDate.of(2025, 3, 31), result.periodEnd());
        assertEquals(LocalDate.of(2024, 4, 1), result.heldFrom());
    }

    @Test
    void aChildInCareBeforeTheReturnsYearsHasItsReviewsAndPlacementsHeldOnlyFromTheFirstDayOfTheYears() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES,
                Tables.episode("OLD", "10/04/2022", "S", "C2", "U4", "", ""),
                Tables.episode("NEW", "10/04/2024", "S", "C1", "U6", "", ""),
                Tables.episode("MOVED", "10/02/2024", "P", "C2", "U6", "", ""));
        Tables.write(r, "reviews.csv", Tables.REVIEWS, "OLD,01/02/2015,05/05/2024,PN1");
        Tables.write(r, "missing.csv", Tables.MISSING);
        List<ReadResult> records = read(r).records();
        LocalDate yearStart = LocalDate.of(2024, 4, 1);
        CaseSummary old = Tables.caseOf(records, "OLD");
        assertEquals(java.util.Map.of("reviews", yearStart, "placements", yearStart, "missingEpisodes", yearStart,
                "legalStatuses", yearStart), old.getHeldFrom(), "earlier reviews, placements, missing episodes and spells are not in the return");
        assertFalse(old.holds("legalStatuses.start"), "legal statuses are more than the return's looked-after periods");
        assertTrue(old.holds("reviews.date") && old.holds("placements.start") && old.holds("missingEpisodes.start"));
        assertFalse(old.holds("adoption.placementOrder"), "a single date before the year would look never reached");
        CaseSummary moved = Tables.caseOf(records, "MOVED");
        assertEquals(yearStart, moved.heldFrom("placements.start"), "its care began before this episode");
        CaseSummary whole = Tables.caseOf(records, "NEW");
        assertTrue(whole.holds("reviews") && whole.getHeldFrom().isEmpty(), "every review since care began is in the return");
    }

    @Test
    void theReviewsOfTheYearProveTheNextOneDueToTheDay() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("OLD", "10/04/2022", "S", "C2", "U4", "", ""));
        Tables.write(r, "reviews.csv", Tables.REVIEWS, "OLD,01/02/2015,05/05/2024,PN1");
        CaseSummary old = Tables.caseOf(read(r).records(), "OLD");
        LocalDate due = LocalDate.of(2024, 11, 5);
        List<Finding> onTheDay = reviews(old, due);
        assertEquals(Outcome.CANNOT_TELL, onTheDay.get(0).outcome(),
                "the review of 5 May: one before it, in the previous year, may have been late or missed");
        assertTrue(onTheDay.get(0).message().contains("only from 2024-04-01"), onTheDay.get(0).message());
        assertEquals(Outcome.NOT_YET_DUE, onTheDay.get(1).outcome());
        assertEquals(due, onTheDay.get(1).dueDate(), "six months after the review of 5 May");
        assertEquals(Outcome.NOT_MET, reviews(old, due.plusDays(1)).get(1).outcome());
    }

    private static List<Finding> reviews(CaseSummary child, LocalDate asOf) throws Exception {
        return TestRuleBooks.findingsOf(child, "lookedafter.reviews-on-time", asOf);
    }

    @Test
    void theLatestSocialWorkerEpisodeGivesTheWorkerAndAChildWithoutOneIsUnallocated() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES,
                Tables.episode("C1", "10/04/2024", "S", "C1", "U6", "", ""),
                Tables.episode("C2", "10/05/2024", "S", "C1", "U6", "", ""));
        Tables.write(r, "sw_episodes.csv", "CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
                "C1,SW-17,10/04/2024,01/09/2024,CHCHAN", "C1,SW-42,01/09/2024,,", "C3,,01/06/2024,,");
        List<ReadResult> records = read(r).records();
        CaseSummary c1 = Tables.caseOf(records, "C1");
        assertEquals("SW-42", c1.getWorker(), "the episode open at the end of the year");
        assertTrue(c1.holds("worker"));
        CaseSummary c2 = Tables.caseOf(records, "C2");
        assertNull(c2.getWorker());
        assertTrue(c2.holds("worker"), "in a return with social worker episodes, none is none allocated");
        assertTrue(records.stream().anyMatch(x -> x instanceof ReadResult.Rejected rejected
                && rejected.rejection().reason().contains("no social worker id")), "a row without its worker's id");

        Path withoutTable = dir.resolve("2025-no-sw");
        Tables.write(withoutTable, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/04/2024", "S", "C1", "U6", "", ""));
        assertFalse(Tables.caseOf(read(withoutTable).records(), "C1").holds("worker"));
    }

    @Test
    void theUascTableSaysWhichChildrenAreUnaccompaniedAsylumSeekersAndThePlacementsAreaIsNotHeld() throws Exception {
        Path r = dir.resolve("2025");
        Tables.write(r, "episodes.csv", Tables.EPISODES,
                Tables.episode("C1", "10/04/2024", "S", "V2", "U6", "", ""),
                Tables.episode("C2", "10/05/2024", "S", "C1", "U6", "", ""));
        Tables.write(r, "uasc.csv", "CHILD,SEX,DOB,DUC", "C1,1,01/02/2008,");
        List<ReadResult> records = read(r).records();
        CaseSummary uasc = Tables.caseOf(records, "C1");
        assertEquals(Boolean.TRUE, uasc.getUnaccompaniedAsylumSeeking());
        assertTrue(uasc.holds("unaccompaniedAsylumSeeking"));
        assertEquals(Boolean.FALSE, Tables.caseOf(records, "C2").getUnaccompaniedAsylumSeeking(), "not in the UASC table");
        assertFalse(uasc.holds("placements.outOfArea"),
                "the return names neither its own local authority nor the placement's, only the placement's postcode");

        Path withoutTable = dir.resolve("2025-no-uasc");
        Tables.write(withoutTable, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/04/2024", "S", "V2", "U6", "", ""));
        CaseSummary unknown = Tables.caseOf(read(withoutTable).records(), "C1");
        assertNull(unknown.getUnaccompaniedAsylumSeeking());
        assertFalse(unknown.holds("unaccompaniedAsylumSeeking"));
    }

    @Test
    void thePreviousYearsReturnAddsTheEarlierHistory() throws Exception {
        Path previous = dir.resolve("2024");
        Tables.write(previous, "episodes.csv", Tables.EPISODES, Tables.episode("C1", "10/06/2023", "S", "C1", "U6", "", ""));
        Tables.write(previous, "reviews.csv", Tables.REVIEWS, "C1,01/02/2015,01/07/2023,PN1", "C1,01/02/2015,01/10/2023,PN1");
        Path current = dir.resolve("2025");
        Tables.write(current, "episodes.csv", Tables.EPISODES,
                Tables.episode("C1", "10/06/2023", "S", "C1", "U6", "15/05/2024", "X1"),
                Tables.episode("C1", "15/05/2024", "L", "C2", "U6", "", ""));
        Tables.write(current, "reviews.csv", Tables.REVIEWS, "C1,01/02/2015,01/04/2024,PN2");

        Ssda903Return.Result result = read(current, previous);
        assertEquals(LocalDate.of(2023, 4, 1), result.heldFrom());
        CaseSummary c = Tables.caseOf(result.records(), "C1");
        assertEquals(3, c.getReviews().size());
        assertEquals(2, c.getLegalStatuses().size());
        assertEquals(LocalDate.of(2024, 5, 15), c.getLegalStatuses().get(0).getEnd(), "the later return's account of the episode");
        assertFalse(c.getNotHeld().contains("reviews"), "care began within the two years");
        assertEquals(1, result.records().size());

        assertTrue(c.getHeldFrom().isEmpty());
        CaseSummary alone = Tables.caseOf(read(current).records(), "C1");
        assertEquals(LocalDate.of(2024, 4, 1), alone.heldFrom("reviews.date"), "this year's return alone lacks the reviews of 2023");
    }
}
