package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.Rejection;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.model.LegalStatusType;
import uk.practicecheck.model.PlanType;
import uk.practicecheck.model.VisitType;

/**
 * Workbooks in the shape of Ofsted's official Annex A template, both generations, as local
 * authorities send them: {@code List_N} sheets beside a front sheet, guidance and codes; a title,
 * notes and a blank row above the headings; headings with line breaks, double spaces and format
 * notes; columns reordered and extra ones added. Six children, each on the lists a child on that
 * journey is on, must come out as six cases and nothing rejected.
 */
class AnnexAOfficialTemplateTest {
    static final LocalDate BORN = LocalDate.of(2015, 5, 20);
    static final LocalDate CARE_LEAVER_BORN = LocalDate.of(2006, 2, 14);

    @TempDir
    Path dir;

    /** The children, list by list, as heading-to-value rows in the template's own words. */
    static Map<AnnexAList, List<Map<String, Object>>> sixChildren() {
        Map<AnnexAList, List<Map<String, Object>>> lists = new EnumMap<>(AnnexAList.class);
        for (AnnexAList list : AnnexAList.values()) {
            lists.put(list, new ArrayList<>());
        }
        for (String id : List.of("C1", "C2", "C3", "C4", "C6")) {
            lists.get(AnnexAList.LIST_1).add(row(id, "Date of Contact", LocalDate.of(2025, 10, 1),
                    "Contact Source", "e) 2A: Schools"));
        }
        lists.get(AnnexAList.LIST_2).add(row("C6", "Assessment start date", LocalDate.of(2025, 10, 3)));
        for (String id : List.of("C1", "C2")) {
            lists.get(AnnexAList.LIST_3).add(row(id, "Date of referral", LocalDate.of(2025, 10, 1),
                    "Referral Source", "e) 2A: Schools", "Referral NFA?", "b) No", "Allocated Team", "Assessment Team",
                    "Allocated Worker", "Worker 01"));
            lists.get(AnnexAList.LIST_4).add(row(id, "Continuous Assessment Start Date", LocalDate.of(2025, 10, 2),
                    "Continuous Assessment Date of Authorisation", LocalDate.of(2025, 11, 20),
                    "Child Seen During Continuous Assessment", "a) Yes", "Allocated Team", "Assessment Team",
                    "Allocated Worker", "Worker 01"));
        }
        lists.get(AnnexAList.LIST_5).add(row("C2", "Strategy discussion initiating Section 47 Enquiry Start Date",
                LocalDate.of(2025, 10, 3), "Was an Initial Child Protection Conference deemed unnecessary?", "b) No",
                "Date of Initial Child Protection Conference", LocalDate.of(2025, 10, 20),
                "Did the Initial Child Protection Conference Result in a Child Protection Plan", "a) Yes"));
        lists.get(AnnexAList.LIST_6).add(row("C3", "CIN Start Date", LocalDate.of(2025, 9, 1),
                "Date Child Was Last Seen", LocalDate.of(2026, 3, 10), "Allocated Team", "CIN Team",
                "Allocated Worker", "Worker 02"));
        lists.get(AnnexAList.LIST_7).add(row("C2", "Child Protection Plan Start Date", LocalDate.of(2025, 10, 20),
                "Date of the Last Statutory Visit", LocalDate.of(2026, 3, 20), "Was the Child Seen Alone?", "a) Yes",
                "Date of latest review conference", LocalDate.of(2026, 1, 15), "Allocated Team", "CP Team",
                "Allocated Worker", "Worker 03"));
        lists.get(AnnexAList.LIST_8).add(row("C4", "Date Started to be Looked After", LocalDate.of(2025, 6, 2),
                "Child's Legal Status", "C2: Full care order", "Date of Latest Statutory Review", LocalDate.of(2026, 1, 5),
                "Date of Last Social Work Visit", LocalDate.of(2026, 3, 2),
                "What is the permanence plan for this child?", "b) Adoption",
                "Start Date of Most Recent Placement", LocalDate.of(2025, 6, 2),
                "Placement Type", "e) U5: Foster placement - FFA",
                "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months", 0,
                "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", 0,
                "Allocated Team", "Children in Care Team", "Allocated Worker", "Worker 04"));
        lists.get(AnnexAList.LIST_9).add(row("C5", "Date of Birth", CARE_LEAVER_BORN, "Eligibility Category",
                "b) Former relevant child", "Latest Pathway Plan Review Date", LocalDate.of(2026, 1, 10),
                "Latest Date of Contact", LocalDate.of(2026, 3, 1), "Allocated Team", "Leaving Care Team",
                "Allocated Worker", "Worker 05", "Allocated Personal Advisor", "Adviser 01"));
        lists.get(AnnexAList.LIST_10).add(row("C4", "Date of Decision that Child Should be Placed for Adoption",
                LocalDate.of(2025, 10, 1), "Date of Placement Order", LocalDate.of(2025, 12, 1)));
        return lists;
    }

    private static Map<String, Object> row(String id, Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Child Unique ID", id);
        row.put("Gender", "a) Male");
        row.put("Ethnicity", "a) WBRI");
        row.put("Date of Birth", BORN);
        row.put("Age of Child (Years)", 10);
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /**
     * Writes the children in the template's shape. {@code heading} rewrites each heading as a
     * local authority's copy words it; {@code reorder} whether the columns after the id are reversed
     * and an extra column added.
     */
    static TemplateWorkbook officialShape(AnnexATemplate template, Map<AnnexAList, List<Map<String, Object>>> lists,
                                          UnaryOperator<String> heading, boolean reorder) {
        TemplateWorkbook workbook = TemplateWorkbook.workbook()
                .textSheet("Front_Sheet", "Annex A", "Local authority: Example", null, "Date of extract: 31/03/2026")
                .textSheet("Guidance", "Complete one row per child per episode.");
        for (AnnexAList list : AnnexAList.values()) {
            List<String> headings = new ArrayList<>(template.headings(list));
            if (reorder && list.isChildLevel()) {
                Collections.reverse(headings.subList(1, headings.size()));
                headings.add(3, "Local reference");
            }
            TemplateWorkbook.SheetDraft sheet = workbook.sheet(AnnexATemplate.sheetName(list))
                    .row(AnnexATemplate.title(list))
                    .row("Note: dates as DD/MM/YYYY; one row per child.")
                    .row();
            sheet.row(headings.stream().map(heading).toList());
            for (Map<String, Object> values : lists.get(list)) {
                sheet.row(headings.stream().map(h -> "Local reference".equals(h) ? "REF-" + values.get("Child Unique ID")
                        : values.get(h)).toList());
            }
        }
        return workbook.textSheet("Codes_used", "a) Male", "b) Female");
    }

    /** Headings as one local authority's copy of the template words them. */
    static String decorated(String heading) {
        String text = heading.replaceFirst(" ", "\n").replace("Date of", "Date  of");
        if (text.contains("Date") && !text.contains("(")) {
            text += " (DD/MM/YYYY)";
        }
        if (text.endsWith("?")) {
            text += " [Y/N]";
        }
        return text;
    }

    @ParameterizedTest
    @EnumSource(AnnexATemplate.class)
    void bothGenerationsOfTheTemplateGiveEveryChildAsACase(AnnexATemplate template) throws IOException {
        Path file = officialShape(template, sixChildren(), AnnexAOfficialTemplateTest::decorated, true)
                .write(dir.resolve("annex-a-" + template.name() + ".xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);

        Map<String, CaseSummary> cases = AnnexAWorkbookTest.cases(result);
        assertEquals(List.of("C1", "C2", "C3", "C4", "C6", "C5"), List.copyOf(cases.keySet()));
        assertEquals(LocalDate.of(2025, 11, 20), cases.get("C1").getAssessments().get(0).getAuthorised());
        assertEquals("CP Team", cases.get("C2").getTeam());
        assertEquals(LocalDate.of(2026, 3, 20), cases.get("C2").getVisits().stream()
                .filter(v -> v.getType() == VisitType.CHILD_PROTECTION).findFirst().orElseThrow().getDate());
        assertEquals(LocalDate.of(2025, 6, 2), cases.get("C4").getLegalStatuses().get(0).getStart());
        assertEquals(LocalDate.of(2025, 12, 1), cases.get("C4").getAdoption().getPlacementOrder());
        CaseSummary careLeaver = cases.get("C5");
        assertEquals(CARE_LEAVER_BORN, careLeaver.getDateOfBirth());
        assertEquals(LegalStatusType.CARE_LEAVER, careLeaver.getLegalStatuses().get(0).getStatus());
        boolean newer = template == AnnexATemplate.V2024;
        assertEquals(newer, careLeaver.getPlans().stream().anyMatch(p -> p.getType() == PlanType.PATHWAY),
                "the pathway plan review date is in the 2024/25 template only");
        assertEquals(newer, careLeaver.getVisits().stream().anyMatch(v -> v.getType() == VisitType.CARE_LEAVER));

        List<String> sheetNotes = result.notes().stream().filter(n -> n.startsWith("sheet 'List_")).toList();
        assertEquals(11, sheetNotes.size(), "one note a list sheet: " + result.notes());
        assertTrue(sheetNotes.stream().filter(n -> !n.contains("List_11")).allMatch(n -> n.contains("headings in row 4")),
                result.notes()::toString);
        String list1 = sheetNotes.get(0);
        assertTrue(list1.contains("columns not used: ") && list1.contains("Local reference")
                && list1.contains("Gender"), list1);
        assertEquals(1, result.notes().stream().filter(n -> n.contains("'Front_Sheet'")).count());
        assertTrue(result.notes().contains("sheet 'Guidance' is not an Annex A list (neither its name nor its headings"
                + " say which list it is): passed over"), result.notes()::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"List_8", "List 8", "List8", "list_8", "List_8 ", " LIST 8 - Children in care", "List_8a"})
    void aListSheetIsRecognisedByTheNamesWorkbooksGiveIt(String name) throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet(name).row("List 8: children in care").row(
                        "Child Unique ID", "Date Started to be Looked After", "Date of Latest Statutory Review")
                .row("L1", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 1)).done()
                .write(dir.resolve("names.xlsx"));

        Map<String, CaseSummary> cases = AnnexAWorkbookTest.cases(AnnexAWorkbook.read(file));

        assertEquals(LocalDate.of(2025, 6, 2), cases.get("L1").getLegalStatuses().get(0).getStart(), name);
    }

    @Test
    void aSheetWhoseNameSaysNothingIsRecognisedByItsHeadings() throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet("Children looked after").row("Our children in care, March").row()
                .row("Child Unique ID", "Gender", "Date Started to be Looked After", "Placement Type")
                .row("L1", "b) Female", LocalDate.of(2025, 6, 2), "d) U4: Foster placement - long term").done()
                .sheet("Sheet2").row("Child Unique ID", "Date of Birth").row("X", BORN).done()
                .write(dir.resolve("renamed.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);

        assertEquals(List.of("L1"), List.copyOf(AnnexAWorkbookTest.cases(result).keySet()));
        assertTrue(result.notes().get(0).startsWith("sheet 'Children looked after' (List 8 - Children in care,"
                + " recognised by its headings): headings in row 3"), result.notes()::toString);
        assertTrue(result.notes().get(1).startsWith("sheet 'Sheet2' is not an Annex A list"), result.notes()::toString);
    }

    @Test
    void aWorkbookWithoutSomeListsIsReadAndSaysWhichAreAbsent() throws IOException {
        Map<AnnexAList, List<Map<String, Object>>> lists = sixChildren();
        TemplateWorkbook workbook = TemplateWorkbook.workbook();
        for (AnnexAList list : List.of(AnnexAList.LIST_1, AnnexAList.LIST_8)) {
            TemplateWorkbook.SheetDraft sheet = workbook.sheet(AnnexATemplate.sheetName(list))
                    .row(AnnexATemplate.title(list)).row(AnnexATemplate.V2019.headings(list));
            lists.get(list).forEach(values -> sheet.row(AnnexATemplate.V2019.headings(list).stream().map(values::get).toList()));
        }
        AnnexAWorkbook.Result result = AnnexAWorkbook.read(workbook.write(dir.resolve("two-lists.xlsx")));

        assertEquals(5, AnnexAWorkbookTest.cases(result).size());
        assertTrue(result.notes().contains("no sheet for List 2 - Early help, List 3 - Referrals, List 4 - Assessments,"
                + " List 5 - Section 47s and ICPCs, List 6 - Children in need, List 7 - Child protection,"
                + " List 9 - Care leavers, List 10 - Adoption: the facts those lists give are not held"),
                result.notes()::toString);
    }

    @Test
    void excelErrorCellsAreBlanksWithAWarningNamingSheetRowAndColumn() throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet("List_3").row("List 3: Referrals")
                .row("Child Unique ID", "Date of referral", "Allocated Team", "Allocated Worker", "Referral NFA?")
                .row("R1", LocalDate.of(2025, 10, 1), new TemplateWorkbook.Error(org.apache.poi.ss.usermodel.FormulaError.NA),
                        new TemplateWorkbook.Formula("VLOOKUP(1,Z1:Z2,2,FALSE)",
                                new TemplateWorkbook.Error(org.apache.poi.ss.usermodel.FormulaError.REF)), "#VALUE!")
                .row(new TemplateWorkbook.Error(org.apache.poi.ss.usermodel.FormulaError.NA), LocalDate.of(2025, 10, 2))
                .done().write(dir.resolve("errors.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);

        ReadResult.Ok ok = assertInstanceOf(ReadResult.Ok.class, result.records().get(0));
        assertNull(ok.parsed().summary().getTeam(), "an error is never a team's name");
        assertNull(ok.parsed().summary().getWorker());
        assertEquals(List.of(
                "List_3 (List 3 - Referrals), row 3, column C (Allocated Team): the cell holds the Excel error #N/A;"
                        + " it was read as blank",
                "List_3 (List 3 - Referrals), row 3, column D (Allocated Worker): the cell holds the Excel error #REF!;"
                        + " it was read as blank",
                "List_3 (List 3 - Referrals), row 3, column E (Referral NFA?): the cell holds the Excel error #VALUE!;"
                        + " it was read as blank"), ok.parsed().warnings());
        Rejection noId = assertInstanceOf(ReadResult.Rejected.class, result.records().get(1)).rejection();
        assertEquals("List_3 (List 3 - Referrals), row 4, column A (Child Unique ID)", noId.field());
        assertTrue(noId.reason().startsWith("the child id cell holds the Excel error #N/A"), noId.reason());
    }

    @Test
    void formulasGiveTheirCachedValuesAndTextThatLooksLikeAFormulaIsText() throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet("List_3").row("List 3: Referrals")
                .row("Child Unique ID", "Date of referral", "Allocated Team", "Allocated Worker")
                .row(new TemplateWorkbook.Formula("\"R\"&\"1\"", "R1"),
                        new TemplateWorkbook.Formula("DATE(2025,10,1)", LocalDate.of(2025, 10, 1)),
                        new TemplateWorkbook.Formula("UPPER(\"team a\")", "TEAM A"), "=HYPERLINK(\"http://x\",\"y\")")
                .done().write(dir.resolve("formulas.xlsx"));

        CaseSummary c = AnnexAWorkbookTest.cases(AnnexAWorkbook.read(file)).get("R1");

        assertEquals(LocalDate.of(2025, 10, 1), c.getReferrals().get(0).getReceived());
        assertEquals("TEAM A", c.getTeam());
        assertEquals("=HYPERLINK(\"http://x\",\"y\")", c.getWorker(), "typed text is data, never run");
    }

    @Test
    void datesNumbersAsTextAndNonBreakingSpacesAreRead() throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet("List_8").row("List 8: Children in care")
                .row("Child\u00a0Unique ID", "Date Started to be\nLooked After", "Date of Latest Statutory Review",
                        "Date of Last Social Work Visit", "Date Ceased to be Looked After",
                        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                        "Allocated Team")
                .row(12345, "02/06/2025", "5-Jan-26", "2026-03-02 00:00:00", null, "2", "Team\u00a0A\u00a0")
                .row("L2\u00a0", "2/6/25", "05.01.2026", "45991", "31 March 2026", " 0 ", "Team B")
                .row("L3", "3 Jun 2025", "05/01/2026", 46000, null, null, null)
                .done().write(dir.resolve("text-values.xlsx"));

        Map<String, CaseSummary> cases = AnnexAWorkbookTest.cases(AnnexAWorkbook.read(file));

        assertEquals(List.of("12345", "L2", "L3"), List.copyOf(cases.keySet()));
        assertEquals(LocalDate.of(2025, 6, 2), cases.get("12345").getLegalStatuses().get(0).getStart());
        assertEquals(LocalDate.of(2026, 1, 5), cases.get("12345").getReviews().get(0).getDate());
        assertEquals(LocalDate.of(2026, 3, 2), cases.get("12345").getVisits().get(0).getDate());
        assertEquals("Team A", cases.get("12345").getTeam());
        assertEquals(LocalDate.of(2025, 6, 2), cases.get("L2").getLegalStatuses().get(0).getStart());
        assertEquals(LocalDate.of(2026, 1, 5), cases.get("L2").getReviews().get(0).getDate());
        assertEquals(LocalDate.of(2025, 11, 30), cases.get("L2").getVisits().get(0).getDate(), "a serial stored as text");
        assertEquals(LocalDate.of(2026, 3, 31), cases.get("L2").getLegalStatuses().get(0).getEnd());
        assertEquals(LocalDate.of(2025, 6, 3), cases.get("L3").getLegalStatuses().get(0).getStart());
        assertEquals(LocalDate.of(2025, 12, 9), cases.get("L3").getVisits().get(0).getDate(), "a serial");
    }

    @Test
    void aCrossFieldProblemIsRejectedNamingTheListRowAndColumnTheFactCameFrom() throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet("List_8").row("List 8: Children in care")
                .row("Child Unique ID", "Date of Birth", "Date Started to be Looked After")
                .row("L1", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 6, 2))
                .done().write(dir.resolve("before-birth.xlsx"));

        Rejection r = assertInstanceOf(ReadResult.Rejected.class, AnnexAWorkbook.read(file).records().get(0)).rejection();

        assertEquals("List_8 (List 8 - Children in care), row 3, column C (Date Started to be Looked After)", r.field());
        assertEquals("child L1: before the child's date of birth (2020-01-01)", r.reason());
    }

    @Test
    void aWorkbookWithNoListIsARejectionNotNothing() throws IOException {
        Path file = TemplateWorkbook.workbook().textSheet("Front_Sheet", "Annex A")
                .sheet("Data").row("Name", "Date").row("someone", LocalDate.of(2026, 1, 5)).done()
                .write(dir.resolve("no-lists.xlsx"));

        List<ReadResult> records = AnnexAWorkbook.read(file).records();

        assertEquals(1, records.size());
        Rejection r = assertInstanceOf(ReadResult.Rejected.class, records.get(0)).rejection();
        assertTrue(r.reason().startsWith("no Annex A list was found in the workbook") && r.reason()
                .endsWith("(sheets: 'Front_Sheet', 'Data')"), r.reason());
    }

    @Test
    void anEmptyListEveryAuthorityHasChildrenOnAndAListSheetWithoutHeadingsAreRejections() throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet("List_1").row("List 1: Contacts").row("Child Unique ID", "Date of Contact")
                .row("C1", LocalDate.of(2025, 10, 1)).done()
                .sheet("List_8").row("List 8: Children in care").row("Child Unique ID", "Date Started to be Looked After")
                .done()
                .sheet("List_7").row("List 7: Child protection").row("ID number", "CP start").row("P1", "01/10/2025").done()
                .sheet("List_10").row("List 10: Adoption").row("Child Unique ID",
                        "Date of Decision that Child Should be Placed for Adoption").done()
                .write(dir.resolve("empty-lists.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);

        assertEquals(3, result.records().size(), "C1, the empty List 8 and the unreadable List 7; not List 10");
        assertInstanceOf(ReadResult.Ok.class, result.records().get(0));
        Rejection empty = assertInstanceOf(ReadResult.Rejected.class, result.records().get(1)).rejection();
        assertEquals("sheet 'List_8' (List 8 - Children in care)", empty.field());
        assertTrue(empty.reason().contains("no children"), empty.reason());
        Rejection noHeadings = assertInstanceOf(ReadResult.Rejected.class, result.records().get(2)).rejection();
        assertEquals("sheet 'List_7' (List 7 - Child protection)", noHeadings.field());
        assertTrue(noHeadings.reason().contains("none of its 3 rows could be read"), noHeadings.reason());
        assertFalse(result.notes().isEmpty());
    }

    @Test
    void unknownCodesAreWarningsAndNotKnownDatesAreBlanksNeitherRejectsTheChild() throws IOException {
        Path file = TemplateWorkbook.workbook()
                .sheet("List_8").row("List 8: Children in care")
                .row("Child Unique ID", "Date Started to be Looked After", "Date of Latest Statutory Review",
                        "What is the permanence plan for this child?", "Start Date of Most Recent Placement",
                        "Placement Type", "Number of Episodes the Child has been 'Missing' from their Placement in the"
                                + " last 12 months")
                .row("L1", LocalDate.of(2025, 6, 2), "N/A", "h) Not yet decided", LocalDate.of(2025, 6, 2),
                        "Q9: A placement of a new kind", "Not recorded").done()
                .sheet("List_9").row("List 9: Care leavers").row("Child Unique ID", "Date of Birth", "Eligibility Category")
                .row("L2", CARE_LEAVER_BORN, "e) Staying put").done()
                .write(dir.resolve("codes.xlsx"));

        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);

        Map<String, CaseSummary> cases = AnnexAWorkbookTest.cases(result);
        assertTrue(cases.get("L1").getReviews().isEmpty(), "'N/A' is no review");
        assertEquals(uk.practicecheck.model.PlacementType.OTHER, cases.get("L1").getPlacements().get(0).getType());
        List<String> warnings = ((ReadResult.Ok) result.records().get(0)).parsed().warnings();
        assertEquals(List.of("List_8 (List 8 - Children in care), row 3, column D (What is the permanence plan for this"
                        + " child?): 'h) Not yet decided' is not a permanence plan of Annex A's a) to g) (not judged: Annex A"
                        + " does not say at which review it was made)",
                "List_8 (List 8 - Children in care), row 3, column F (Placement Type): 'Q9: A placement of a new kind' is"
                        + " not a placement type practice-check knows (an SSDA903 code such as U4 or K2), so it was read"
                        + " as another kind of placement"), warnings);
        assertTrue(cases.get("L2").getLegalStatuses().isEmpty());
        assertEquals(List.of("List_9 (List 9 - Care leavers), row 3, column C (Eligibility Category): 'e) Staying put' is"
                + " not an eligibility category (relevant, former relevant, qualifying or eligible), so no care-leaver"
                + " period was recorded"), ((ReadResult.Ok) result.records().get(1)).parsed().warnings());
    }

    @Test
    void aChildsListsProveWhichCollectionsItHasNoneOfSoRulesAboutThemDoNotApply() throws Exception {
        Path file = officialShape(AnnexATemplate.V2024, sixChildren(), h -> h, false).write(dir.resolve("lists.xlsx"));
        AnnexAWorkbook.Result result = AnnexAWorkbook.read(file);
        Map<String, CaseSummary> cases = AnnexAWorkbookTest.cases(result);
        assertTrue(result.notHeld().containsAll(List.of("plans", "conferences", "strategyDiscussions", "missingEpisodes")));

        CaseSummary referredOnly = cases.get("C1");
        assertTrue(referredOnly.holds("plans") && referredOnly.holds("plans.coversHealth"), "on no list with a plan");
        assertTrue(referredOnly.holds("conferences"), "on neither List 5 nor List 7");
        assertFalse(referredOnly.holds("strategyDiscussions"), "referred: a discussion without an enquiry is not listed");
        assertFalse(referredOnly.holds("missingEpisodes"), "Annex A says nothing of children missing from home");
        assertTrue(cases.get("C6").holds("strategyDiscussions"), "early help only: never referred");
        assertTrue(referredOnly.holds("placements"), "on neither List 8 nor List 10: never looked after in the period");
        assertFalse(cases.get("C4").getNotHeld().contains("placements") && cases.get("C4").heldFrom("placements") == null,
                "looked after: held from the current placement's start");
        CaseSummary lookedAfter = cases.get("C4");
        assertTrue(lookedAfter.holds("missingEpisodes"), "counted as 0 missing episodes");
        assertFalse(lookedAfter.holds("plans"), "a looked-after child's care plan is not in Annex A");
        assertTrue(cases.get("C5").holds("plans.date"), "from the latest pathway plan review on");
        assertFalse(cases.get("C5").holds("plans.coversHealth"), "not what the plan says");
        assertTrue(cases.get("C2").holds("conferences.date"), "from the latest review conference on");
        assertFalse(cases.get("C2").holds("conferences.childViewsRecorded"), "not what was recorded at it");

        uk.practicecheck.engine.RuleBook rules = uk.practicecheck.TestRuleBooks.projectRules();
        try (uk.practicecheck.engine.CaseEvaluator evaluator = new uk.practicecheck.engine.CaseEvaluator(rules,
                uk.practicecheck.policy.PolicyLoader.defaults())) {
            assertEquals(uk.practicecheck.engine.Outcome.NOT_APPLICABLE,
                    outcome(evaluator, referredOnly, "careleavers.pathway-plan-covers-health"));
            assertEquals(uk.practicecheck.engine.Outcome.NOT_APPLICABLE,
                    outcome(evaluator, lookedAfter, "missing.return-interview-offered"));
            assertEquals(uk.practicecheck.engine.Outcome.CANNOT_TELL,
                    outcome(evaluator, cases.get("C5"), "careleavers.pathway-plan-covers-health"));
        }
    }

    /**
     * The 2024/25 template's asylum-seeking status (Lists 8 and 9), the current placement's location
     * (List 8) and List 10's adoption order, day the child entered care and reversed decision.
     */
    @Test
    void asylumStatusPlacementLocationAndTheAdoptionOrderAreRead() throws Exception {
        Map<AnnexAList, List<Map<String, Object>>> lists = sixChildren();
        lists.get(AnnexAList.LIST_8).get(0).putAll(Map.of(
                "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "a) Yes",
                "Placement Location", "b) Out"));
        lists.get(AnnexAList.LIST_8).add(row("C7", "Date Started to be Looked After", LocalDate.of(2025, 9, 1),
                "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "b) No",
                "Start Date of Most Recent Placement", LocalDate.of(2025, 9, 1), "Placement Type", "U6",
                "Placement Location", "a) In"));
        lists.get(AnnexAList.LIST_8).add(row("C8", "Date Started to be Looked After", LocalDate.of(2025, 9, 1),
                "Start Date of Most Recent Placement", LocalDate.of(2025, 9, 1), "Placement Type", "U6",
                "Placement Location", "Somewhere"));
        lists.get(AnnexAList.LIST_9).get(0).put(
                "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", "Y");
        for (String id : List.of("C4", "C7")) {
            lists.get(AnnexAList.LIST_4).add(row(id, "Continuous Assessment Start Date", LocalDate.of(2025, 9, 2),
                    "Continuous Assessment Date of Authorisation", LocalDate.of(2025, 10, 20)));
        }
        lists.get(AnnexAList.LIST_10).get(0).put("Date the Child Entered Care", LocalDate.of(2025, 6, 2));
        lists.get(AnnexAList.LIST_10).add(row("C9", "Date the Child Entered Care", LocalDate.of(2023, 1, 10),
                "Date of Decision that Child Should be Placed for Adoption", LocalDate.of(2023, 5, 1),
                "Date of Placement Order", LocalDate.of(2023, 7, 1),
                "Date of Matching Child and Prospective Adopters", LocalDate.of(2023, 11, 1),
                "Date Placed for Adoption", LocalDate.of(2023, 11, 20), "Date of Adoption Order", LocalDate.of(2025, 5, 6)));
        lists.get(AnnexAList.LIST_10).add(row("C10", "Date the Child Entered Care", LocalDate.of(2024, 2, 1),
                "Date of Decision that Child Should be Placed for Adoption", LocalDate.of(2024, 6, 1),
                "Date of Decision that Child Should No Longer be Placed for Adoption", LocalDate.of(2025, 2, 1),
                "Reason Why Child No Longer Placed for Adoption", "RD3 - Prospective adopters could not be found"));
        AnnexAWorkbook.Result result = AnnexAWorkbook.read(officialShape(AnnexATemplate.V2024, lists,
                AnnexAOfficialTemplateTest::decorated, false).write(dir.resolve("uasc.xlsx")));
        Map<String, CaseSummary> cases = AnnexAWorkbookTest.cases(result);

        CaseSummary c4 = cases.get("C4");
        assertEquals(Boolean.TRUE, c4.getUnaccompaniedAsylumSeeking());
        assertTrue(c4.holds("unaccompaniedAsylumSeeking"));
        assertEquals(Boolean.TRUE, c4.getPlacements().get(0).getOutOfArea());
        assertTrue(c4.holds("placements.outOfArea"), "from the current placement's start on, as its type and start");
        assertEquals(Boolean.FALSE, cases.get("C7").getUnaccompaniedAsylumSeeking());
        assertEquals(Boolean.FALSE, cases.get("C7").getPlacements().get(0).getOutOfArea());
        assertNull(cases.get("C8").getPlacements().get(0).getOutOfArea());
        assertTrue(warnings(result, "C8").stream().anyMatch(w -> w.contains("column") && w.contains("Placement")
                && w.contains("'Somewhere' is neither In nor Out")), () -> warnings(result, "C8").toString());
        assertEquals(Boolean.TRUE, cases.get("C5").getUnaccompaniedAsylumSeeking(), "formerly UASC, now a care leaver");
        assertNull(cases.get("C1").getUnaccompaniedAsylumSeeking(), "Annex A asks only of children in care and care leavers");
        uk.practicecheck.engine.RuleBook rules = uk.practicecheck.TestRuleBooks.projectRules();
        try (uk.practicecheck.engine.CaseEvaluator evaluator = new uk.practicecheck.engine.CaseEvaluator(rules,
                uk.practicecheck.policy.PolicyLoader.defaults())) {
            assertEquals(uk.practicecheck.engine.Outcome.CANNOT_TELL,
                    outcome(evaluator, c4, "assessment.asylum-impact-considered"),
                    "an asylum seeker's completed assessment: Annex A does not say what it considered");
            assertEquals(uk.practicecheck.engine.Outcome.NOT_APPLICABLE,
                    outcome(evaluator, cases.get("C7"), "assessment.asylum-impact-considered"));
            assertEquals(uk.practicecheck.engine.Outcome.CANNOT_TELL, outcome(evaluator, c4, "placements.out-of-area-notified"),
                    "out of area: whether the other authority was notified is not in Annex A");
            assertEquals(uk.practicecheck.engine.Outcome.NOT_APPLICABLE,
                    outcome(evaluator, cases.get("C7"), "placements.out-of-area-notified"), "placed in the area");
        }

        CaseSummary adopted = cases.get("C9");
        assertEquals(LocalDate.of(2025, 5, 6), adopted.getAdoption().getAdoptionOrder());
        assertTrue(adopted.holds("adoption.adoptionOrder"));
        assertEquals(1, adopted.getLegalStatuses().size(), "entered care; not on List 8, as the adoption ended care");
        assertEquals(LegalStatusType.LOOKED_AFTER, adopted.getLegalStatuses().get(0).getStatus());
        assertEquals(LocalDate.of(2023, 1, 10), adopted.getLegalStatuses().get(0).getStart());
        assertEquals(LocalDate.of(2025, 5, 6), adopted.getLegalStatuses().get(0).getEnd());
        assertEquals(1, c4.getLegalStatuses().stream().filter(st -> st.getStatus() == LegalStatusType.LOOKED_AFTER).count(),
                "List 8's period, which starts the day List 10 says the child entered care");
        assertTrue(warnings(result, "C4").stream().noneMatch(w -> w.contains("entered care")), () -> warnings(result, "C4").toString());

        CaseSummary reversed = cases.get("C10");
        assertNull(reversed.getAdoption().getAgencyDecisionMakerDecision(), "a reversed decision is not the decision");
        assertEquals(List.of("List_10 (List 10 - Adoption), row 7, column M (Date of Decision that Child Should No Longer"
                + " be Placed for Adoption (DD/MM/YYYY)): the decision of 2024-06-01 that the child should be placed for adoption was"
                + " reversed on 2025-02-01 (RD3 - Prospective adopters could not be found), so it was not used"),
                warnings(result, "C10"));
    }

    @Test
    void aPlacementLocationIsNotHeldFromAWorkbookWithoutTheColumn() throws Exception {
        Path file = TemplateWorkbook.workbook()
                .sheet("List_8").row("List 8: children in care").row("Child Unique ID", "Date Started to be Looked After",
                        "Start Date of Most Recent Placement", "Placement Type")
                .row("L1", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 2), "U6").done()
                .write(dir.resolve("no-location.xlsx"));
        CaseSummary child = AnnexAWorkbookTest.cases(AnnexAWorkbook.read(file)).get("L1");
        assertTrue(child.holds("placements.start"));
        assertFalse(child.holds("placements.outOfArea"));
        assertFalse(child.holds("unaccompaniedAsylumSeeking"));
    }

    private static List<String> warnings(AnnexAWorkbook.Result result, String childId) {
        return result.records().stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).parsed())
                .filter(p -> p.summary().getCaseId().equals(childId)).findFirst().orElseThrow().warnings();
    }

    private static uk.practicecheck.engine.Outcome outcome(uk.practicecheck.engine.CaseEvaluator evaluator,
                                                         CaseSummary c, String ruleId) {
        return evaluator.evaluate(c, LocalDate.of(2026, 3, 31), new uk.practicecheck.io.RecordSource("t", 1), List.of())
                .rules().stream().filter(r -> r.rule().id().equals(ruleId)).findFirst().orElseThrow().outcome();
    }
}
