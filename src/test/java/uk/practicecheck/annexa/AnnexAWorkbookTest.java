package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.model.AdoptionMilestones;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.Conference;
import uk.practicecheck.model.ConferenceType;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.PlacementType;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.VisitType;

class AnnexAWorkbookTest {
    private static final LocalDate BORN = LocalDate.of(2015, 5, 20);

    @TempDir
    Path dir;

    @Test
    void everyChildListIsMappedIntoOneCase() throws IOException {
        Path file = Sheets.workbook()
                .sheet("List 1 - Contacts", "Child Unique ID", "Date of Birth", "Date of Contact", "Contact Source")
                .row("C1", BORN, LocalDate.of(2025, 9, 1), "Schools").done()
                .sheet("List 2 - Early help", "Child Unique ID", "Assessment start date", "Assessment completion date")
                .row("C1", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1)).done()
                .sheet("List 3 - Referrals", "Child Unique ID", "Date of Referral", "Referral Source", "Referral NFA?",
                        "Allocated Team", "Allocated Worker")
                .row("C1", LocalDate.of(2025, 9, 1), "Police", "N", "Assessment Team", "Worker 03").done()
                .sheet("List 4 - Assessments", "Child Unique ID", "Continuous Assessment Start Date",
                        "Continuous Assessment Date of Authorisation", "Allocated Team", "Allocated Worker")
                .row("C1", LocalDate.of(2025, 9, 2), LocalDate.of(2025, 10, 20), "Assessment Team", "Worker 03").done()
                .sheet("List 5 - Section 47", "Child Unique ID", "Strategy discussion initiating Section 47 Enquiry Start Date",
                        "Was an Initial Child Protection Conference deemed unnecessary?",
                        "Date of Initial Child Protection Conference",
                        "Did the Initial Child Protection Conference Result in a Child Protection Plan")
                .row("C1", LocalDate.of(2025, 9, 3), "No", LocalDate.of(2025, 9, 24), "Yes").done()
                .sheet("List 6 - CIN", "Child Unique ID", "CIN Start Date", "Date Child Was Last Seen", "CIN Closure Date",
                        "Reason for Closure")
                .row("C1", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 10), LocalDate.of(2025, 11, 1),
                        "RC9 - Case closed after assessment, referred to early help").done()
                .sheet("List 7 - CP", "Child Unique ID", "Child Protection Plan Start Date", "Date of the Last Statutory Visit",
                        "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
                        "Allocated Team", "Allocated Worker")
                .row("C1", LocalDate.of(2025, 9, 24), LocalDate.of(2025, 10, 30), "Y", LocalDate.of(2025, 10, 20),
                        LocalDate.of(2025, 11, 5), "CP Team", "Worker 07").done()
                .sheet("List 8 - Children in care", "Child Unique ID", "Date Started to be Looked After",
                        "Child's Legal Status", "Date of Latest Statutory Review", "Date of Last Social Work Visit",
                        "What is the permanence plan for this child?", "Start Date of Most Recent Placement",
                        "Placement Type", "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
                        "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                        "Did the child accept a Return Interview after their last missing episode (Y/N)?",
                        "Date Ceased to be Looked After", "Allocated Team", "Allocated Worker")
                .row("C1", LocalDate.of(2025, 11, 5), "C1: Interim care order", LocalDate.of(2025, 11, 28),
                        LocalDate.of(2026, 1, 10), "b) Adoption", LocalDate.of(2025, 11, 5), "U5: Foster placement - FFA",
                        2, 1, "Y", "N", null, "Children in Care Team", "Worker 11").done()
                .sheet("List 9 - Care leavers", "Child Unique ID", "Date of Birth", "Eligibility Category",
                        "Latest Pathway Plan Review Date", "Latest Date of Contact", "Allocated Team", "Allocated Worker")
                .row("L1", LocalDate.of(2006, 2, 14), "b) Former relevant child", LocalDate.of(2025, 12, 1),
                        LocalDate.of(2026, 1, 5), "Leaving Care Team", "Worker 20").done()
                .sheet("List 10 - Adoption", "Child Unique ID", "Date of Decision that Child Should be Placed for Adoption",
                        "Date of Placement Order", "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption",
                        "Date the child was placed for fostering in FFA or concurrent planning placement")
                .row("C1", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 20), null, null, LocalDate.of(2026, 1, 20)).done()
                .sheet("List 11 - Adopters", "Individual adopter identifier", "Date enquiry received")
                .row("A1", LocalDate.of(2025, 1, 1)).done()
                .sheet("Notes", "Anything")
                .row("free text").done()
                .write(dir.resolve("annex-a.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);
        Map<String, CaseSummary> cases = cases(result);
        assertEquals(List.of("C1", "L1"), List.copyOf(cases.keySet()));
        CaseSummary c = cases.get("C1");

        assertEquals(BORN, c.getDateOfBirth());
        assertEquals("Children in Care Team", c.getTeam(), "List 8's allocation wins");
        assertEquals("Worker 11", c.getWorker());
        assertEquals(1, c.getReferrals().size(), "the List 1 contact and List 3 referral of one day are one entry");
        assertEquals("Police", c.getReferrals().get(0).getSource());
        assertEquals("further action", c.getReferrals().get(0).getOutcome());
        assertEquals(LocalDate.of(2025, 10, 20), c.getAssessments().get(0).getAuthorised());
        assertEquals(LocalDate.of(2025, 9, 3), c.getSection47Enquiries().get(0).getStrategyDiscussion());
        assertEquals(Boolean.TRUE, c.getSection47Enquiries().get(0).getIcpcRequired());
        assertEquals(LocalDate.of(2025, 9, 3), c.getStrategyDiscussions().get(0).getDate());
        Conference icpc = c.getConferences().get(0);
        assertEquals(ConferenceType.INITIAL, icpc.getType());
        assertEquals(LocalDate.of(2025, 9, 24), icpc.getDate());
        assertEquals(Boolean.TRUE, icpc.getChildProtectionPlan());
        assertEquals(ConferenceType.REVIEW, c.getConferences().get(1).getType());
        assertEquals(List.of(LegalStatusType.CHILD_IN_NEED, LegalStatusType.CHILD_PROTECTION, LegalStatusType.LOOKED_AFTER),
                c.getLegalStatuses().stream().map(s -> s.getStatus()).toList());
        assertEquals(LocalDate.of(2025, 11, 1), c.getLegalStatuses().get(0).getEnd());
        assertEquals(LocalDate.of(2025, 11, 5), c.getLegalStatuses().get(1).getEnd());
        assertEquals("C1: Interim care order", c.getLegalStatuses().get(2).getBasis());
        assertEquals(Boolean.TRUE, c.getClosures().get(0).getStepDownToEarlyHelp());
        assertEquals(List.of(VisitType.CHILD_IN_NEED, VisitType.CHILD_PROTECTION, VisitType.LOOKED_AFTER),
                c.getVisits().stream().map(v -> v.getType()).toList());
        assertEquals(Boolean.TRUE, c.getVisits().get(1).getSeenAlone());
        assertEquals(PlanType.CHILD_PROTECTION, c.getPlans().get(0).getType());
        assertEquals(LocalDate.of(2025, 11, 28), c.getReviews().get(0).getDate());
        assertNull(c.getReviews().get(0).getPermanencePlan(), "not known to have been set at this review");
        assertEquals(LocalDate.of(2025, 9, 1), c.getAssessments().get(0).getReferralDate(), "from List 3");
        assertEquals(PlacementType.FOSTER_TO_ADOPT, c.getPlacements().get(0).getType());
        AdoptionMilestones adoption = c.getAdoption();
        assertEquals(LocalDate.of(2026, 1, 15), adoption.getAgencyDecisionMakerDecision());
        assertEquals(LocalDate.of(2026, 2, 20), adoption.getPlacementOrder());
        assertNull(adoption.getMatched());
        assertEquals(LocalDate.of(2026, 1, 20), adoption.getFosterToAdoptPlacement());
        String warnings = String.join("\n", warnings(result, "C1"));
        assertTrue(warnings.contains("2 missing episodes in the last 12 months; return home interview after the last one"
                + " offered: yes, accepted: no"), warnings);
        assertTrue(warnings.contains("1 episode absent"), warnings);
        assertTrue(warnings.contains("the permanence plan is adoption"), warnings);

        CaseSummary leaver = cases.get("L1");
        assertEquals(LegalStatusType.CARE_LEAVER, leaver.getLegalStatuses().get(0).getStatus());
        assertEquals(LocalDate.of(2024, 2, 14), leaver.getLegalStatuses().get(0).getStart(), "from the 18th birthday");
        assertEquals(PlanType.PATHWAY, leaver.getPlans().get(0).getType());
        assertEquals(VisitType.CARE_LEAVER, leaver.getVisits().get(0).getType());
        assertEquals("Leaving Care Team", leaver.getTeam());

        assertTrue(result.notes().stream().anyMatch(n -> n.contains("'List 11 - Adopters'") && n.contains("adopters")));
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("'Notes' is not an Annex A list")));
    }

    @Test
    void headingVariantsExtraAndBlankColumnsBlankRowsAndATitleRowAreTolerated() throws IOException {
        Path file = Sheets.workbook()
                .sheet("list 4", "Annex A: List 4 - assessments (extracted 31/03/2026)")
                .row("Unique Child Identifier", null, "Gender", "ASSESSMENT START DATE", "",
                        "assessment authorisation date", "Local notes")
                .row("A1", null, "Male", LocalDate.of(2026, 1, 5), null, LocalDate.of(2026, 2, 20), "anything")
                .row()
                .row("", "", "", "", "", "", "")
                .row("A2", null, "Female", LocalDate.of(2026, 3, 1), null, null, null).done()
                .sheet("LIST8 Children in Care", "Child ID", "Date became looked after",
                        "Date of last statutory review", "Date of last social worker visit")
                .row("A1", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 20), LocalDate.of(2026, 3, 2)).done()
                .sheet("List 10", "child unique id", "Date of ADM decision", "Date of Placement Order",
                        "Date of Matching", "Date Placed", "FFA placement date")
                .row("A3", LocalDate.of(2026, 1, 1), null, null, null, null).done()
                .write(dir.resolve("variants.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);
        Map<String, CaseSummary> cases = cases(result);
        assertEquals(List.of("A1", "A2", "A3"), List.copyOf(cases.keySet()));
        assertEquals(LocalDate.of(2026, 2, 20), cases.get("A1").getAssessments().get(0).getAuthorised());
        assertNull(cases.get("A2").getAssessments().get(0).getAuthorised());
        assertEquals(LocalDate.of(2025, 12, 1), cases.get("A1").getLegalStatuses().get(0).getStart());
        assertEquals(LocalDate.of(2025, 12, 20), cases.get("A1").getReviews().get(0).getDate());
        assertEquals(LocalDate.of(2026, 1, 1), cases.get("A3").getAdoption().getAgencyDecisionMakerDecision());
        assertTrue(result.notes().contains("sheet 'list 4' (List 4 - Assessments): headings in row 2, 2 rows read;"
                + " 2 columns not used: C Gender, G Local notes; no column for Date of Birth, Allocated Team,"
                + " Allocated Worker (the facts they give are not held)"), result.notes()::toString);
    }

    @Test
    void datesAreReadFromSerialsAndFromUkTextAndYesNoInItsUsualForms() throws IOException {
        Path file = Sheets.workbook()
                .sheet("List 7", "Child Unique ID", "Child Protection Plan Start Date", "Date of the Last Statutory Visit",
                        "Was the Child Seen Alone?")
                .row("S1", LocalDate.of(2024, 4, 3), "03/04/2024", "Y")
                .row("S2", 45385, "3/4/24", "yes")
                .row("S3", "2024-04-03", "3 Apr 2024", "a) Yes")
                .row("S4", "03/04/2024 00:00:00", "3-Apr-2024", "TRUE")
                .row("S5", "03-04-2024", "03.04.2024", "N")
                .row("S6", "3 April 2024", "03/04/2024", "No")
                .row("S7", "03/04/2024", "03/04/2024", "")
                .row("S8", "03/04/2024", "03/04/2024", "Unknown").done()
                .write(dir.resolve("dates.xlsx"));

        Map<String, CaseSummary> cases = cases(AnnexAWorkbook.read(file));
        LocalDate expected = LocalDate.of(2024, 4, 3);
        cases.values().forEach(c -> {
            assertEquals(expected, c.getLegalStatuses().get(0).getStart(), c.getCaseId());
            assertEquals(expected, c.getVisits().get(0).getDate(), c.getCaseId());
        });
        Map<String, Boolean> seenAlone = cases.values().stream().collect(Collectors.toMap(CaseSummary::getCaseId,
                c -> c.getVisits().get(0).getSeenAlone() == null ? Boolean.FALSE : c.getVisits().get(0).getSeenAlone()));
        assertEquals(Map.of("S1", true, "S2", true, "S3", true, "S4", true, "S5", false, "S6", false, "S7", false,
                "S8", false), seenAlone);
        assertNull(cases.get("S7").getVisits().get(0).getSeenAlone(), "blank is unknown");
        assertNull(cases.get("S8").getVisits().get(0).getSeenAlone(), "Unknown is unknown");
    }

    @Test
    void aBadCellRejectsItsChildNamingSheetRowAndColumnAndTheReadGoesOn() throws IOException {
        Path file = Sheets.workbook()
                .sheet("List 8 - Children in care", "Child Unique ID", "Gender", "Date Started to be Looked After",
                        "Placement Type", "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                        "Date of Latest Statutory Review")
                .row("OK1", "Male", LocalDate.of(2025, 1, 6), "U4", 0, LocalDate.of(2025, 2, 1))
                .row("BAD1", "Male", LocalDate.of(2025, 1, 6), "U4", 0, "31/02/2025")
                .row("BAD2", "Female", LocalDate.of(2025, 1, 6), "Q9: somewhere", "two", LocalDate.of(2025, 2, 1))
                .row("BAD3", "Female", null, "U4", 0, null)
                .row(null, "Female", LocalDate.of(2025, 1, 6))
                .row("OK2", "Male", LocalDate.of(2025, 3, 3), "K2", 1, null).done()
                .sheet("List 4", "Child Unique ID", "Continuous Assessment Start Date")
                .row("BAD1", LocalDate.of(2024, 12, 1)).done()
                .write(dir.resolve("bad.xlsx"));

        List<ReadResult> records = AnnexAWorkbook.cases(file);
        assertEquals(6, records.size());
        assertInstanceOf(ReadResult.Ok.class, records.get(0));
        Rejection bad1 = rejection(records.get(1));
        assertEquals("List 8 - Children in care, row 3, column F (Date of Latest Statutory Review)", bad1.field());
        assertTrue(bad1.reason().startsWith("child BAD1: '31/02/2025' is not a date"), bad1.reason());
        assertEquals(file.toString(), bad1.source().file());
        assertEquals(2, bad1.source().record());
        Rejection bad2 = rejection(records.get(2));
        assertEquals("List 8 - Children in care, row 4, column E (Number of Episodes the Child has been 'Missing'"
                + " from their Placement in the last 12 months)", bad2.field(), "an unknown placement code is a warning");
        assertTrue(bad2.reason().startsWith("child BAD2: 'two' is not a number"), bad2.reason());
        Rejection bad3 = rejection(records.get(3));
        assertEquals("List 8 - Children in care, row 5, column C (Date Started to be Looked After)", bad3.field());
        assertTrue(bad3.reason().contains("required"), bad3.reason());
        Rejection orphan = rejection(records.get(4));
        assertEquals("List 8 - Children in care, row 6, column A (Child Unique ID)", orphan.field());
        assertTrue(orphan.reason().contains("no child id"));
        assertEquals("OK2", ((ReadResult.Ok) records.get(5)).parsed().summary().getCaseId());
    }

    @Test
    void fieldsOfAMissingColumnAreNotHeldAndFieldsOfPresentCompleteColumnsAre() throws IOException {
        Path file = Sheets.workbook()
                .sheet("List 4", "Child Unique ID", "Continuous Assessment Start Date")
                .row("X1", LocalDate.of(2026, 1, 5)).done()
                .sheet("List 10", "Child Unique ID", "Date of Decision that Child Should be Placed for Adoption",
                        "Date of Placement Order", "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption",
                        "Date the child was placed for fostering in FFA or concurrent planning placement")
                .row("X1", LocalDate.of(2026, 1, 5), null, null, null, null).done()
                .write(dir.resolve("partial.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);
        CaseSummary c = cases(result).get("X1");
        assertTrue(c.getNotHeld().contains("assessments.authorised"), "no authorisation column");
        assertFalse(c.getNotHeld().contains("assessments.start"));
        assertFalse(c.getNotHeld().contains("adoption.placementOrder"));
        assertTrue(c.getNotHeld().contains("adoption.familyFindingStarted"), "Annex A never holds it");
        assertTrue(c.getNotHeld().contains("visits.date"), "no visits list at all");
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("sheet 'List 4' (List 4 - Assessments)")
                && n.contains("no column for") && n.contains("Continuous Assessment Date of Authorisation")),
                result.notes()::toString);
    }

    @Test
    void twoRowsDatingAnAdoptionMilestoneDifferentlyAreAWarningNamingBoth() throws IOException {
        Path file = Sheets.workbook()
                .sheet("List 10 - Adoption", "Child Unique ID", "Date of Decision that Child Should be Placed for Adoption",
                        "Date of Placement Order", "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption",
                        "Date the child was placed for fostering in FFA or concurrent planning placement")
                .row("X1", LocalDate.of(2026, 1, 5), null, null, null, null)
                .row("X1", LocalDate.of(2026, 1, 9), null, null, null, null).done()
                .write(dir.resolve("milestones.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);

        assertEquals(LocalDate.of(2026, 1, 5), cases(result).get("X1").getAdoption().getAgencyDecisionMakerDecision());
        String column = ", column B (Date of Decision that Child Should be Placed for Adoption)";
        assertEquals(List.of("List 10 - Adoption, row 3" + column + " dates the adoption decision 2026-01-09, not"
                + " 2026-01-05 as List 10 - Adoption, row 2" + column + " does; 2026-01-05 (read first) was used"),
                warnings(result, "X1"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneRejection() throws IOException {
        Path file = Files.writeString(dir.resolve("not.xlsx"), "just text");
        List<ReadResult> records = AnnexAWorkbook.cases(file);
        assertEquals(1, records.size());
        assertTrue(rejection(records.get(0)).reason().startsWith("this is not an Excel workbook (.xlsx)"),
                rejection(records.get(0)).reason());
    }

    static Map<String, CaseSummary> cases(AnnexAWorkbook.Result result) {
        Map<String, CaseSummary> cases = new java.util.LinkedHashMap<>();
        for (ReadResult record : result.records()) {
            if (record instanceof ReadResult.Rejected rejected) {
                throw new AssertionError("unexpected rejection: " + rejected.rejection().describe());
            }
            CaseSummary summary = ((ReadResult.Ok) record).parsed().summary();
            cases.put(summary.getCaseId(), summary);
        }
        return cases;
    }

    private static List<String> warnings(AnnexAWorkbook.Result result, String caseId) {
        return result.records().stream().map(r -> ((ReadResult.Ok) r).parsed())
                .filter(p -> p.summary().getCaseId().equals(caseId)).findFirst().orElseThrow().warnings();
    }

    @Test
    void aWorkbookHeldInMemoryReadsAsTheSameFileDoesUnderTheNameGiven() throws IOException {
        Path file = Sheets.workbook()
                .sheet("List 8 - Children in care", "Child Unique ID", "Date Started to be Looked After",
                        "Date of Latest Statutory Review")
                .row("OK1", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 1))
                .row("BAD1", LocalDate.of(2025, 1, 6), "31/02/2025").done()
                .write(dir.resolve("in-memory.xlsx"));
        AnnexAWorkbook.Result fromFile = AnnexAWorkbook.read(file);
        AnnexAWorkbook.Result fromMemory = AnnexAWorkbook.read("upload.xlsx",
                new java.io.ByteArrayInputStream(Files.readAllBytes(file)));

        assertEquals(fromFile.notes(), fromMemory.notes());
        assertEquals(fromFile.notHeld(), fromMemory.notHeld());
        assertEquals(2, fromMemory.records().size());
        ReadResult.Ok ok = assertInstanceOf(ReadResult.Ok.class, fromMemory.records().get(0));
        assertEquals("upload.xlsx", ok.parsed().source().file());
        assertEquals(((ReadResult.Ok) fromFile.records().get(0)).parsed().summary().getCaseId(),
                ok.parsed().summary().getCaseId());
        Rejection inMemory = rejection(fromMemory.records().get(1));
        Rejection onDisk = rejection(fromFile.records().get(1));
        assertEquals(new Rejection(new uk.practicecheck.io.RecordSource("upload.xlsx", 2), onDisk.field(), onDisk.reason()),
                inMemory);

        Rejection notAWorkbook = rejection(AnnexAWorkbook.read("notes.xlsx",
                new java.io.ByteArrayInputStream("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .records().get(0));
        assertEquals("notes.xlsx", notAWorkbook.source().file());
        assertTrue(notAWorkbook.reason().startsWith("this is not an Excel workbook (.xlsx)"), notAWorkbook.reason());
    }

    private static Rejection rejection(ReadResult record) {
        return assertInstanceOf(ReadResult.Rejected.class, record).rejection();
    }
}
