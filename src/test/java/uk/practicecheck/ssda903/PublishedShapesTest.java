package uk.practicecheck.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;
import uk.practicecheck.returns.CollectionPeriod;

/**
 * Returns in the shapes others write them: the file names, encodings, line ends and column orders of
 * the public sample returns the Data to Insight validators are tested with, and of returns saved from
 * Excel. The files here are invented, written in those shapes.
 */
class PublishedShapesTest {
    private static final CollectionPeriod YEAR_2017 = new CollectionPeriod(LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31));

    @TempDir
    Path dir;

    private static void write(Path folder, String file, String text) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
    }

    @Test
    void tablesNamedAndSavedAsThePublicSamplesAreAllRead() throws Exception {
        Path r = dir.resolve("fake_data");
        // Lower-case headings with spaces, in another order, a quoted cell, blank rows at the end.
        write(r, "header.csv", "child , dob,sex,ethnic,upn,mother,mc_dob\n\"100001\",27/03/2008,2,WROM,,,\n"
                + "100002,09/09/2011,1,REFU,,,\n,,,,,,\n\n");
        write(r, "episodes.csv", Tables.EPISODES + "\n"
                + "100001,15/02/2016,L,C2,N3,T2,PR0,14/08/2017,X1,CLOSE,,,4244474\n"
                + "100001,14/08/2017,T,C2,N3,U4,PR3,,,,\"EG19 7TT\",WV27 9FW,8969628\n"
                + "100002,26/04/2016,S,C2,N8,U6,PR2,09/05/2017,E13,,,,\n");
        write(r, "reviews.csv", Tables.REVIEWS + "\n100001,27/03/2008,30/08/2017,PN6\n100002,09/09/2011,01/11/2016,PN1\n");
        write(r, "placed_for_adoption.csv", Tables.PLACED + "\n");
        write(r, "previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n100001,27/03/2008,Z1,,\n");
        write(r, "missing.csv", Tables.MISSING + "\n");
        write(r, "uasc.csv", "CHILD,SEX,DOB,DUC\n");
        write(r, "ad1.csv", Tables.AD1 + "\n");
        write(r, "oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,"
                + "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n100001,27/03/2008,39,,1,0,0,0,0,1,0,0\n");
        write(r, "oc3.csv", Tables.OC3 + "\n");
        // The social worker episodes with a byte-order mark and Windows line ends, and a date of birth column.
        write(r, "sw_episodes.csv", "\uFEFFCHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n100001,27/03/2008,SW999,01/06/2017,,\r\n");
        write(r, "DoLo.csv", "CHILD,DOB,DOLO_START,DOLO_END\n100001,27/03/2008,01/01/2018,02/01/2018\n");

        Ssda903Return.Result result = Ssda903Return.read(List.of(r));
        assertEquals(2, result.records().size(), result.records()::toString);
        assertTrue(result.records().stream().allMatch(ReadResult.Ok.class::isInstance), result.records()::toString);
        assertTrue(result.notes().isEmpty(), "every table is recognised, none is missing: " + result.notes());
        assertEquals(YEAR_2017, result.periods().get(0));
        CaseSummary first = Tables.caseOf(result.records(), "100001");
        assertEquals(LocalDate.of(2008, 3, 27), first.getDateOfBirth());
        assertEquals("SW999", first.getWorker());
        assertEquals(2, first.getPlacements().size());
        assertEquals(LocalDate.of(2017, 8, 30), first.getReviews().get(0).getDate());
        assertTrue(Tables.warningsOf(result.records(), "100001").isEmpty(), Tables.warningsOf(result.records(), "100001")::toString);
    }

    @Test
    void theYearIsTheOneItsChildrenAreLookedAfterInThoughSomeDatesRunOnForYears() throws Exception {
        Path r = dir.resolve("sample");
        Tables.write(r, "episodes.csv", Tables.EPISODES,
                Tables.episode("A", "15/02/2016", "S", "C2", "U4", "14/08/2017", "E13"),
                Tables.episode("B", "01/03/2018", "S", "C2", "U4", "", ""),
                Tables.episode("C", "12/05/2015", "S", "C2", "U4", "", ""));
        // The public samples' reviews run on for years after the episodes: no return as sent holds those.
        Tables.write(r, "reviews.csv", Tables.REVIEWS, "A,01/01/2010,30/08/2016,PN1", "C,01/01/2010,18/11/2030,PN1",
                "C,01/01/2010,06/08/2029,PN1");
        Ssda903Return.Result result = Ssda903Return.read(List.of(r));
        assertEquals(YEAR_2017, result.periods().get(0), "2017-18 is the only year all three children were looked after in");
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("2 dates fall after the end of its collection year")
                && n.contains("the latest 2030-11-18 in the Reviews table")), result.notes()::toString);
    }

    @Test
    void aReturnWithOneEpisodeOpenSinceBeforeItsYearTakesTheYearOfItsLatestDate() throws Exception {
        Path r = dir.resolve("small");
        Tables.write(r, "episodes.csv", Tables.EPISODES, Tables.episode("OLD", "10/04/2022", "S", "C2", "U4", "", ""));
        Tables.write(r, "reviews.csv", Tables.REVIEWS, "OLD,01/02/2015,05/05/2024,PN1");
        assertEquals(new CollectionPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
                Ssda903Return.read(List.of(r)).periods().get(0));
    }

    @Test
    void aTableSavedAsUnicodeTextFromExcelIsRead() throws Exception {
        Path r = dir.resolve("utf16");
        Files.createDirectories(r);
        Files.writeString(r.resolve("Episodes.csv"), "\uFEFF" + Tables.EPISODES + "\r\n"
                + Tables.episode("U1", "10/04/2024", "S", "C2", "U4", "", "") + "\r\n", StandardCharsets.UTF_16LE);
        Ssda903Return.Result result = Ssda903Return.read(List.of(r));
        assertEquals(LocalDate.of(2024, 4, 10), Tables.caseOf(result.records(), "U1").getPlacements().get(0).getStart());
    }

    @Test
    void oneTableGivenOnItsOwnIsAReturnWithoutTheOthers() throws Exception {
        Path episodes = Tables.write(dir.resolve("one"), "SSDA903_2025_Episodes.csv", Tables.EPISODES,
                Tables.episode("E1", "10/04/2024", "S", "C2", "U4", "", ""));
        Ssda903Return.Result result = Ssda903Return.read(List.of(episodes));
        CaseSummary child = Tables.caseOf(result.records(), "E1");
        assertFalse(child.holds("reviews"), "the reviews table was not given");
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("no Header, Reviews")), result.notes()::toString);
    }

    @Test
    void theXmlInThePublicSamplesShapeIsRead() throws Exception {
        Path xml = dir.resolve("fake_903.xml");
        Files.writeString(xml, "<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903><CHILD><HEADER><CHILDID>907440</CHILDID>"
                + "<UPN>O013219285333</UPN><SEX>2</SEX><DOB>28/07/2010</DOB><ETHNIC>BAFR</ETHNIC><UASC />"
                + "<AREVIEW><REVIEW>27/09/2017</REVIEW><REVIEW_CODE>PN0</REVIEW_CODE></AREVIEW><MOTHER /><MC_DOB />"
                + "<PERMANENCE><PREV_PERM>Z1</PREV_PERM></PERMANENCE><OC2><SDQ_SCORE>21</SDQ_SCORE><CONVICTED>1</CONVICTED></OC2>"
                + "</HEADER><EPISODE><DECOM>06/01/2017</DECOM><RNE>S</RNE><LS>J3</LS><CIN>N4</CIN><PL>R5</PL><PL_POST>E7 5YR</PL_POST>"
                + "<HOME_POST>B15 8PZ</HOME_POST><URN>1465167</URN><PLACE_PROVIDER>PR2</PLACE_PROVIDER><DEC>06/10/2017</DEC>"
                + "<REC>X1</REC><REASON_PLACE_CHANGE>CUSTOD</REASON_PLACE_CHANGE></EPISODE><EPISODE><DECOM>06/10/2017</DECOM>"
                + "<RNE>T</RNE><LS>J3</LS><CIN>N4</CIN><PL>P2</PL><DEC /><REC>X1</REC><REASON_PLACE_CHANGE /></EPISODE></CHILD>"
                + "<CHILD><HEADER><CHILDID>228005</CHILDID><SEX>1</SEX><DOB>29/11/2006</DOB><UASC>1</UASC><DUC>29/11/2024</DUC>"
                + "</HEADER><EPISODE><DECOM>27/03/2017</DECOM><RNE>S</RNE><LS>C2</LS><PL>U4</PL><DEC /><REC /></EPISODE></CHILD>"
                + "</EXPSSDA903>", StandardCharsets.US_ASCII);
        Ssda903Return.Result result = Ssda903Return.read(List.of(xml));
        assertEquals(2, result.records().size());
        assertEquals(YEAR_2017, result.periods().get(0));
        CaseSummary first = Tables.caseOf(result.records(), "907440");
        assertNull(first.getUnaccompaniedAsylumSeeking(), "an empty UASC flag records nothing");
        assertEquals(2, first.getPlacements().size());
        assertEquals(LocalDate.of(2017, 9, 27), first.getReviews().get(0).getDate());
        assertEquals(Boolean.TRUE, Tables.caseOf(result.records(), "228005").getUnaccompaniedAsylumSeeking());
    }

    @Test
    void xmlWithAnUnreadableEncodingIsOneRejectionNamingTheFile() throws Exception {
        Path xml = dir.resolve("broken.xml");
        Files.write(xml, new byte[] {'<', 'E', 'X', 'P', '>', (byte) 0xC3});
        Ssda903Return.Result result = Ssda903Return.read(List.of(xml));
        assertEquals(1, result.records().size());
        ReadResult.Rejected rejected = assertInstanceOf(ReadResult.Rejected.class, result.records().get(0));
        assertTrue(rejected.rejection().reason().contains("broken.xml: cannot read the return"), rejected.rejection().reason());
    }

    @Test
    void aCensusGivenAsAReturnOrAPathThatIsNotThereIsOneRejectionSayingSo() throws Exception {
        Path census = dir.resolve("cin.xml");
        Files.writeString(census, "<Message><Header/><Children><Child><ChildIdentifiers><LAchildID>K1</LAchildID>"
                + "</ChildIdentifiers></Child></Children></Message>");
        List<ReadResult> records = Ssda903Return.read(List.of(census)).records();
        assertEquals(1, records.size(), "the census's children are not taken for children of a return without ids");
        assertTrue(assertInstanceOf(ReadResult.Rejected.class, records.get(0)).rejection().reason()
                .contains("it is a Children in Need census, not an SSDA903 return"), records::toString);
        List<ReadResult> missing = Ssda903Return.read(List.of(dir.resolve("903-2025"))).records();
        assertEquals(dir.resolve("903-2025") + ": there is no such file or folder",
                assertInstanceOf(ReadResult.Rejected.class, missing.get(0)).rejection().reason());
    }

    @Test
    void anXmlChildWithoutAnIdIsOneRejectionNotOneForEachOfItsRows() throws Exception {
        Path xml = dir.resolve("return.xml");
        Files.writeString(xml, "<EXPSSDA903><CHILD><HEADER><CHILDID></CHILDID><DOB>28/07/2010</DOB>"
                + "<AREVIEW><REVIEW>27/09/2017</REVIEW></AREVIEW></HEADER><EPISODE><DECOM>06/01/2017</DECOM></EPISODE>"
                + "<EPISODE><DECOM>06/02/2017</DECOM></EPISODE></CHILD><CHILD><HEADER><CHILDID>2</CHILDID></HEADER>"
                + "<EPISODE><DECOM>06/01/2017</DECOM><RNE>S</RNE><LS>C2</LS><PL>U4</PL></EPISODE></CHILD></EXPSSDA903>");
        List<ReadResult> records = Ssda903Return.read(List.of(xml)).records();
        assertEquals(2, records.size(), records::toString);
        assertEquals(xml + ": CHILD[1]/HEADER/CHILDID", assertInstanceOf(ReadResult.Rejected.class, records.get(0)).rejection().field());
        assertInstanceOf(ReadResult.Ok.class, records.get(1));
    }

    @Test
    void aZipOfTheTablesInAFolderIsReadAsTheFolderIs() throws Exception {
        Path folder = dir.resolve("903-2025");
        Tables.write(folder, "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", "Z1,1,09/09/2011,WBRI,,,");
        Tables.write(folder, "episodes.csv", Tables.EPISODES, Tables.episode("Z1", "10/04/2024", "S", "C2", "U4", "", ""));
        Tables.write(folder, "reviews.csv", Tables.REVIEWS, "Z1,09/09/2011,02/10/2024,PN1");
        Path zip = dir.resolve("903-2025.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String table : List.of("header.csv", "episodes.csv", "reviews.csv")) {
                out.putNextEntry(new ZipEntry("903-2025/" + table));
                out.write(Files.readAllBytes(folder.resolve(table)));
                out.closeEntry();
            }
            // What macOS adds when it zips a folder: hidden files that are not tables.
            out.putNextEntry(new ZipEntry("__MACOSX/903-2025/._header.csv"));
            out.write(new byte[] {0, 5, 22, 7, 0, 2});
            out.closeEntry();
        }
        Ssda903Return.Result fromFolder = Ssda903Return.read(List.of(folder));
        Ssda903Return.Result fromZip = Ssda903Return.read(List.of(zip));
        CaseSummary child = Tables.caseOf(fromZip.records(), "Z1");
        assertEquals(LocalDate.of(2024, 10, 2), child.getReviews().get(0).getDate());
        assertEquals(LocalDate.of(2024, 4, 10), child.getPlacements().get(0).getStart());
        assertEquals(fromFolder.periods(), fromZip.periods());
        assertEquals(fromFolder.notes().size(), fromZip.notes().size(), fromZip.notes()::toString);

        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(empty))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.closeEntry();
        }
        ReadResult.Rejected refused = assertInstanceOf(ReadResult.Rejected.class,
                Ssda903Return.read(List.of(empty)).records().get(0));
        assertTrue(refused.rejection().reason().contains("holds no .csv table and no .xml file"), refused::toString);
    }
}
