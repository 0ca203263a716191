package uk.practicecheck.cincensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.engine.Finding;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.ConferenceType;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.returns.CollectionPeriod;

/** The Children in Need census read element by element. */
class CinCensusTest {
    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>
            <ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header><Children>
            """;
    private static final String FOOTER = "</Children></Message>";

    private static CinCensus.Result read(String children) {
        return CinCensus.read("cin.xml", () -> new ByteArrayInputStream((HEADER + children + FOOTER).getBytes(StandardCharsets.UTF_8)));
    }

    private static ParsedCase parsed(CinCensus.Result result, int index) {
        return ((ReadResult.Ok) result.records().get(index)).parsed();
    }

    private static final String CHILD = """
            <Child>
              <ChildIdentifiers><LAchildID>K1</LAchildID><PersonBirthDate>2016-05-01</PersonBirthDate></ChildIdentifiers>
              <CINdetails>
                <CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
                <ReferralNFA>false</ReferralNFA>
                <Assessments><AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate>
                  <AssessmentAuthorisationDate>2024-06-20</AssessmentAuthorisationDate></Assessments>
                <CINPlanDates><CINPlanStartDate>2024-06-25</CINPlanStartDate></CINPlanDates>
                <Section47><S47ActualStartDate>2024-05-03</S47ActualStartDate><InitialCPCtarget>2024-05-24</InitialCPCtarget>
                  <DateOfInitialCPC>2024-05-22</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>
                <ChildProtectionPlans><CPPstartDate>2024-05-22</CPPstartDate><CPPendDate>2025-01-10</CPPendDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                  <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                  <Reviews><CPPreviewDate>2024-08-20</CPPreviewDate><CPPreviewDate>2025-01-10</CPPreviewDate></Reviews>
                </ChildProtectionPlans>
              </CINdetails>
            </Child>
            """;

    @Test
    void eachElementGroupBecomesItsEvents() {
        CinCensus.Result result = read(CHILD);
        assertEquals(new CollectionPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)), result.period());
        CaseSummary c = parsed(result, 0).summary();
        assertEquals("K1", c.getCaseId());
        assertEquals(LocalDate.of(2016, 5, 1), c.getDateOfBirth());
        assertEquals(LocalDate.of(2024, 5, 1), c.getReferrals().get(0).getReceived());
        assertEquals("police", c.getReferrals().get(0).getSource());
        assertEquals(LocalDate.of(2024, 5, 1), c.getAssessments().get(0).getReferralDate());
        assertEquals(LocalDate.of(2024, 6, 20), c.getAssessments().get(0).getAuthorised());
        assertEquals(LocalDate.of(2024, 5, 3), c.getSection47Enquiries().get(0).getStrategyDiscussion());
        assertTrue(c.getSection47Enquiries().get(0).getIcpcRequired());
        assertEquals(3, c.getConferences().size());
        assertEquals(ConferenceType.INITIAL, c.getConferences().get(0).getType());
        assertTrue(c.getConferences().get(0).getChildProtectionPlan(), "a plan starts the day of the conference");
        assertEquals(ConferenceType.REVIEW, c.getConferences().get(2).getType());
        assertTrue(c.getLegalStatuses().stream().anyMatch(s -> s.getStatus() == LegalStatusType.CHILD_PROTECTION
                && LocalDate.of(2025, 1, 10).equals(s.getEnd())));
        assertTrue(c.getPlans().stream().anyMatch(p -> p.getType() == PlanType.CHILD_IN_NEED));
        assertFalse(c.getNotHeld().contains("conferences"), "first referred within the year: every conference is in it");
        assertFalse(c.getNotHeld().contains("assessments.authorised"));
        assertTrue(c.getNotHeld().contains("visits"), "the census has no visits");
    }

    @Test
    void aChildReferredBeforeTheYearHasItsHistoryHeldFromTheFirstDayOfTheYear() {
        CaseSummary c = parsed(read(CHILD.replace("2024-05-01</CINreferralDate>", "2023-12-01</CINreferralDate>")), 0).summary();
        LocalDate yearStart = LocalDate.of(2024, 4, 1);
        assertEquals(yearStart, c.heldFrom("conferences.date"), "reviews before the year are not in the census");
        assertEquals(java.util.Set.of("referrals", "closures", "assessments", "section47Enquiries", "conferences"),
                c.getHeldFrom().keySet());
        assertTrue(c.holds("conferences.date") && c.holds("assessments.authorised"));
        assertFalse(c.holds("plans.date"), "child in need plans are never all in the census");
        assertEquals(java.util.Map.of("referrals", yearStart), parsed(read(CHILD), 0).summary().getHeldFrom(),
                "first referred within the year: all held but earlier referrals, closed before the year");
    }

    @Test
    void theReviewConferencesOfTheYearProveTheNextOneDueToTheDay() throws Exception {
        String before = CHILD.replace("2024-05-01</CINreferralDate>", "2023-12-01</CINreferralDate>")
                .replace("2024-05-03</S47ActualStartDate>", "2023-12-02</S47ActualStartDate>")
                .replace("<DateOfInitialCPC>2024-05-22", "<DateOfInitialCPC>2023-12-20")
                .replace("<CPPstartDate>2024-05-22</CPPstartDate><CPPendDate>2025-01-10</CPPendDate>",
                        "<CPPstartDate>2023-12-20</CPPstartDate>")
                .replace("<CPPreviewDate>2025-01-10</CPPreviewDate>", "");
        CaseSummary c = parsed(read(before), 0).summary();
        LocalDate due = LocalDate.of(2025, 2, 20);
        List<Finding> onTheDay = conferences(c, due);
        assertEquals(Outcome.CANNOT_TELL, onTheDay.get(0).outcome(),
                "the review of 20 August: one in March, before the census year, may have been held or missed");
        assertEquals(Outcome.NOT_YET_DUE, onTheDay.get(1).outcome());
        assertEquals(due, onTheDay.get(1).dueDate(), "six months after the review of 20 August");
        assertEquals(Outcome.NOT_MET, conferences(c, due.plusDays(1)).get(1).outcome());
    }

    private static List<Finding> conferences(CaseSummary child, LocalDate asOf) throws Exception {
        return TestRuleBooks.findingsOf(child, "protection.review-conferences-timely", asOf);
    }

    @Test
    void aReferralWithNoFurtherActionIsNotAChildInNeedPeriodAndAStepDownIsMarked() {
        CaseSummary c = parsed(read("""
                <Child><ChildIdentifiers><LAchildID>K2</LAchildID></ChildIdentifiers>
                <CINdetails><CINreferralDate>2024-06-01</CINreferralDate><CINclosureDate>2024-06-01</CINclosureDate>
                <ReasonForClosure>RC9</ReasonForClosure><ReferralNFA>1</ReferralNFA></CINdetails></Child>"""), 0).summary();
        assertEquals("no further action", c.getReferrals().get(0).getOutcome());
        assertTrue(c.getLegalStatuses().isEmpty());
        assertTrue(c.getClosures().get(0).getStepDownToEarlyHelp());
    }

    @Test
    void aBadDateRejectsTheChildByItsXmlPathAndAnUnknownCodeIsAWarning() {
        CinCensus.Result result = read(CHILD.replace("2024-06-20</AssessmentAuthorisationDate>", "2024-06-31</AssessmentAuthorisationDate>")
                + CHILD.replace("K1", "K3").replace("<PrimaryNeedCode>N1", "<PrimaryNeedCode>N99"));
        ReadResult.Rejected bad = (ReadResult.Rejected) result.records().get(0);
        assertEquals("cin.xml: Child[1]/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate", bad.rejection().field());
        assertTrue(bad.rejection().reason().startsWith("child K1: '2024-06-31' is not a date"), bad.rejection().reason());
        assertEquals(List.of("cin.xml: Child[2]/CINdetails[1]/PrimaryNeedCode: 'N99' is not a known primary need code"),
                parsed(result, 1).warnings());
    }

    @Test
    void anAssessmentAuthorisedBeforeItStartsKeepsTheChildWithThatDateUnknown() throws Exception {
        String second = "<Assessments><AssessmentActualStartDate>2024-09-02</AssessmentActualStartDate>"
                + "<AssessmentAuthorisationDate>2024-08-01</AssessmentAuthorisationDate></Assessments>";
        CinCensus.Result result = read(CHILD.replace("<CINPlanDates>", second + "<CINPlanDates>"));
        ParsedCase child = parsed(result, 0);
        CaseSummary c = child.summary();
        assertEquals(2, c.getAssessments().size(), "the child and both assessments are read");
        assertEquals(LocalDate.of(2024, 6, 20), c.getAssessments().get(0).getAuthorised());
        assertNull(c.getAssessments().get(1).getAuthorised());
        assertFalse(c.holds("assessments.authorised"));
        assertTrue(c.holds("assessments.start"), "only the authorisation dates are set aside");
        assertEquals(List.of("cin.xml: Child[1]/CINdetails[1]/Assessments[2]/AssessmentAuthorisationDate: child K1's assessment is"
                + " authorised (2024-08-01) before it starts (2024-09-02); the child was read with that date taken as unknown,"
                + " so whether the child's assessments were completed in time cannot be told"), child.warnings());
        List<Finding> completed = TestRuleBooks.findingsOf(c, "assessment.completed-in-time", LocalDate.of(2025, 3, 31));
        assertEquals(List.of(Outcome.CANNOT_TELL, Outcome.CANNOT_TELL), completed.stream().map(Finding::outcome).toList());
        assertTrue(parsed(read(CHILD), 0).summary().holds("assessments.authorised"), "a sound child's dates are held");
    }

    @Test
    void anAssessmentEnquiryOrPlanWithoutItsStartDateIsReadUndatedInItsPlace() throws Exception {
        String undatedAssessment = "<Assessments><AssessmentAuthorisationDate>2024-07-01</AssessmentAuthorisationDate></Assessments>";
        CinCensus.Result result = read(CHILD.replace("<S47ActualStartDate>2024-05-03</S47ActualStartDate>", "")
                .replace("<CINPlanStartDate>2024-06-25</CINPlanStartDate>", "<CINPlanStartDate> </CINPlanStartDate>")
                .replace("<CINPlanDates>", undatedAssessment + "<CINPlanDates>"));
        ParsedCase child = parsed(result, 0);
        CaseSummary c = child.summary();
        assertEquals(2, c.getAssessments().size());
        assertEquals(LocalDate.of(2024, 5, 2), c.getAssessments().get(0).getStart());
        assertNull(c.getAssessments().get(1).getStart(), "after the dated one listed before it");
        assertEquals(LocalDate.of(2024, 5, 1), c.getAssessments().get(1).getReferralDate(), "its episode's referral");
        assertEquals(1, c.getSection47Enquiries().size());
        assertNull(c.getSection47Enquiries().get(0).getStart());
        assertTrue(c.getPlans().stream().anyMatch(p -> p.getType() == PlanType.CHILD_IN_NEED && p.getDate() == null));
        assertEquals(List.of(
                "cin.xml: Child[1]/CINdetails[1]/Assessments[2]/AssessmentActualStartDate: child K1's assessment has no start date;"
                        + " it was read undated, so what depends on when it started cannot be told",
                "cin.xml: Child[1]/CINdetails[1]/CINPlanDates[1]/CINPlanStartDate: child K1's child in need plan has no start date;"
                        + " it was read undated, so what depends on when it started cannot be told",
                "cin.xml: Child[1]/CINdetails[1]/Section47[1]/S47ActualStartDate: child K1's section 47 enquiry has no start date;"
                        + " it was read undated, so what depends on when it started cannot be told"), child.warnings());
        List<Finding> completed = TestRuleBooks.findingsOf(c, "assessment.completed-in-time", LocalDate.of(2025, 3, 31));
        assertEquals(2, completed.size(), "the undated assessment is judged, not dropped");
    }

    @Test
    void aPlanWithoutItsStartDateOrAChildWithoutAnIdIsRejected() {
        CinCensus.Result result = read(CHILD.replace("<CPPstartDate>2024-05-22</CPPstartDate>", "")
                + "<Child><ChildIdentifiers><PersonBirthDate>2016-05-01</PersonBirthDate></ChildIdentifiers></Child>");
        assertEquals(2, result.records().size());
        assertEquals("cin.xml: Child[1]/CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate",
                ((ReadResult.Rejected) result.records().get(0)).rejection().field());
        assertTrue(((ReadResult.Rejected) result.records().get(1)).rejection().reason().contains("no LAchildID"));
    }

    @Test
    void aFileThatIsNotTheCensusIsOneRejection() {
        CinCensus.Result result = CinCensus.read("x.xml", () -> new ByteArrayInputStream("<Other/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, result.records().size());
        assertTrue(((ReadResult.Rejected) result.records().get(0)).rejection().reason().contains("cannot read the Children in Need census"));
        assertNull(result.period());
    }

    @Test
    void theSyntheticCensusIsReadWholeEveryChildReadOrRejected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticCinCensus(300, 5).write(LocalDate.of(2025, 3, 31), out);
        CinCensus.Result result = CinCensus.read("synthetic.xml", () -> new ByteArrayInputStream(out.toByteArray()));
        String xml = out.toString(StandardCharsets.UTF_8);
        int children = xml.split("<Child>", -1).length - 1;
        assertEquals(children, result.records().size());
        assertTrue(result.records().stream().allMatch(r -> r instanceof ReadResult.Ok), "the generator writes valid children");
        assertTrue(children > 250, "most invented children are in the year: " + children);
    }
}
