package uk.practicecheck.cincensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.ConferenceType;
import uk.practicecheck.returns.CollectionPeriod;

/**
 * Censuses in the shapes others write them: the layouts of the public sample censuses the Data to
 * Insight validator is tested with, across the years' schemas. The files here are invented.
 */
class CinPublishedShapesTest {
    private static final String HEADER = """
            <Message xmlns="http://www.example.org/cin">
                <Header>
                    <CollectionDetails><Collection>CIN</Collection><Year>2022</Year>
                    <ReferenceDate>2022-07-21</ReferenceDate></CollectionDetails>
                    <Source><SourceLevel>L</SourceLevel><LEA>975</LEA><DateTime>2022-07-21T10:12:28Z</DateTime></Source>
                </Header>
                <Children>
            """;

    private static CinCensus.Result read(String xml) {
        return CinCensus.read("cin.xml", () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static CaseSummary caseOf(CinCensus.Result result, String id) {
        return result.records().stream().filter(ReadResult.Ok.class::isInstance).map(r -> ((ReadResult.Ok) r).parsed().summary())
                .filter(c -> id.equals(c.getCaseId())).findFirst().orElseThrow();
    }

    @Test
    void childrenInTheSchemasOfSeveralYearsAreRead() {
        CinCensus.Result result = read("\uFEFF" + HEADER + """
                    <Child>
                        <ChildIdentifiers>
                            <LAchildID>RND000215205141</LAchildID><UPN>A850728973744</UPN>
                            <UPNunknown>UN3</UPNunknown>PersonBirthDate
                            <PersonBirthDate>2019-12-06</PersonBirthDate><GenderCurrent>1</GenderCurrent>
                        </ChildIdentifiers>
                        <ChildCharacteristics><Ethnicity>WIRT</Ethnicity></ChildCharacteristics>
                        <CINdetails>
                            <CINreferralDate>2020-07-13</CINreferralDate><ReferralSource>4</ReferralSource>
                            <PrimaryNeedCode>N6</PrimaryNeedCode><CINclosureDate>2021-06-11</CINclosureDate>
                            <ReasonForClosure>RC2</ReasonForClosure><DateOfInitialCPC>2020-09-29</DateOfInitialCPC>
                            <ReferralNFA>true</ReferralNFA>
                        </CINdetails>
                        <CINdetails>
                            <CINreferralDate>2022-05-07</CINreferralDate><ReferralSource>3A</ReferralSource>
                            <PrimaryNeedCode>N9</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>
                            <Section47><S47ActualStartDate>2022-05-08</S47ActualStartDate>
                              <DateOfInitialCPC>2022-05-30</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>
                            <ChildProtectionPlans><CPPstartDate>2022-05-30</CPPstartDate>
                              <Reviews><CPPreviewDate>2022-08-20</CPPreviewDate></Reviews>
                              <Reviews><CPPreviewDate>2023-02-10</CPPreviewDate></Reviews>
                            </ChildProtectionPlans>
                        </CINdetails>
                    </Child>
                    <Child>
                        <ChildIdentifiers><LAchildID>DfEX0000002</LAchildID><PersonBirthDate>2015-03-27</PersonBirthDate>
                            <Sex>1</Sex></ChildIdentifiers>
                        <CINdetails>
                            <CINreferralDate>2022-10-06</CINreferralDate><ReferralSource>1A</ReferralSource>
                            <PrimaryNeedCode>N4</PrimaryNeedCode><ReferralNFA>false</ReferralNFA>
                            <Assessments><AssessmentActualStartDate>2022-10-07</AssessmentActualStartDate>
                              <AssessmentAuthorisationDate>2022-11-20</AssessmentAuthorisationDate>
                              <FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment>
                            </Assessments>
                            <PreProceedingsandFGDM><PPStartDate>2022-11-01</PPStartDate><PPOutcome>1</PPOutcome></PreProceedingsandFGDM>
                        </CINdetails>
                    </Child>
                    <Child>
                        <ChildIdentifiers><LAchildID>NO-EPISODES</LAchildID><PersonBirthDate>2012-01-01</PersonBirthDate></ChildIdentifiers>
                    </Child>
                    <child>
                        <childidentifiers><lachildid>LOWER</lachildid></childidentifiers>
                        <cindetails><cinreferraldate>2022-06-01</cinreferraldate></cindetails>
                    </child>
                </Children>
            </Message>
            """);
        assertEquals(new CollectionPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)), result.period(),
                "a reference date that is not 31 March still names its collection year");
        assertEquals(4, result.records().size());
        assertTrue(result.records().stream().allMatch(ReadResult.Ok.class::isInstance), result.records()::toString);
        CaseSummary first = caseOf(result, "RND000215205141");
        assertEquals(LocalDate.of(2019, 12, 6), first.getDateOfBirth(), "stray text beside the identifiers is passed over");
        assertEquals(2, first.getReferrals().size());
        assertEquals("no further action", first.getReferrals().get(0).getOutcome());
        assertEquals(List.of(LocalDate.of(2022, 8, 20), LocalDate.of(2023, 2, 10)), first.getConferences().stream()
                .filter(c -> c.getType() == ConferenceType.REVIEW).map(c -> c.getDate()).toList(), "one review a Reviews group, or many in one");
        assertEquals(LocalDate.of(2022, 11, 20), caseOf(result, "DfEX0000002").getAssessments().get(0).getAuthorised());
        assertTrue(caseOf(result, "NO-EPISODES").getReferrals().isEmpty());
        assertEquals(LocalDate.of(2022, 6, 1), caseOf(result, "LOWER").getReferrals().get(0).getReceived(),
                "element names are matched whatever their case");
    }

    @Test
    void xmlThatBreaksOffAfterSomeChildrenGivesThoseChildrenAndOneRejectionForTheRest() {
        CinCensus.Result result = read(HEADER + """
                    <Child><ChildIdentifiers><LAchildID>K1</LAchildID></ChildIdentifiers></Child>
                    <Child><ChildIdentifiers><LAchildID>K2</LAchildID></ChildIdentifiers></Child>
                    <Child><ChildIdentifiers><LAchildID>K3</Child>
                """);
        List<ReadResult> records = List.copyOf(result.records());
        assertEquals(3, records.size(), records::toString);
        assertInstanceOf(ReadResult.Ok.class, records.get(0));
        assertInstanceOf(ReadResult.Ok.class, records.get(1));
        ReadResult.Rejected rest = assertInstanceOf(ReadResult.Rejected.class, records.get(2));
        assertEquals("cin.xml: after Child[2]", rest.rejection().field());
        assertTrue(rest.rejection().reason().contains("any children after this point were not read"), rest.rejection().reason());
    }

    @Test
    void theFileIsReadAgainEachTimeTheChildrenAreGoneThroughNotKept() {
        String xml = HEADER + """
                    <Child><ChildIdentifiers><LAchildID>K1</LAchildID></ChildIdentifiers></Child>
                    <Child><ChildIdentifiers><LAchildID>K2</LAchildID></ChildIdentifiers></Child>
                </Children></Message>
                """;
        AtomicInteger opened = new AtomicInteger();
        CinCensus.Result result = CinCensus.read("cin.xml", () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(1, opened.get(), "one pass for the year, which the header gives before the first child");
        assertFalse(result.records().isEmpty());
        assertEquals(1, opened.get(), "whether there is a child is known from the first pass");
        assertEquals(List.of("K1", "K2"), result.records().stream().map(r -> ((ReadResult.Ok) r).parsed().summary().getCaseId()).toList());
        assertEquals(List.of("K1", "K2"), result.records().stream().map(r -> ((ReadResult.Ok) r).parsed().summary().getCaseId()).toList());
        assertEquals(3, opened.get(), "each pass over the children reads the file");
    }

    @Test
    void withoutAReferenceDateTheFirstPassReadsEveryChildForTheLatestDate() {
        CinCensus.Result result = read("""
                <Message><Header/><Children>
                  <Child><ChildIdentifiers><LAchildID>K1</LAchildID></ChildIdentifiers>
                    <CINdetails><CINreferralDate>2024-05-01</CINreferralDate></CINdetails></Child>
                  <Child><ChildIdentifiers><LAchildID>K2</LAchildID></ChildIdentifiers>
                    <CINdetails><CINreferralDate>2025-04-02</CINreferralDate></CINdetails></Child>
                </Children></Message>
                """);
        assertEquals(new CollectionPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)), result.period());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("no Header ReferenceDate")), result.notes()::toString);
        assertEquals(2, result.records().size());
    }

    @Test
    void aCensusWithNoChildrenIsEmpty() {
        assertTrue(read(HEADER + "</Children></Message>").records().isEmpty());
    }

    @Test
    void aReturnGivenAsACensusOrAFileThatIsNotThereIsOneRejectionSayingSo() {
        CinCensus.Result result = read("<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></EXPSSDA903>");
        assertEquals(1, result.records().size());
        assertTrue(assertInstanceOf(ReadResult.Rejected.class, result.records().get(0)).rejection().reason()
                .contains("its CHILD elements are those of an SSDA903 return's XML"), result.records()::toString);
        CinCensus.Result missing = CinCensus.read(java.nio.file.Path.of("no-such-census.xml"));
        assertTrue(assertInstanceOf(ReadResult.Rejected.class, missing.records().get(0)).rejection().reason()
                .endsWith("there is no such file"), missing.records()::toString);
    }
}
