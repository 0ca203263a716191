package uk.practicecheck.ssda903;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.model.CaseSummary;

/** The XML form of the SSDA903 return: the same cases as its CSV tables, and its own places named. */
class Ssda903XmlTest {
    private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;

    @Test
    void theXmlFormGivesTheSameCasesAsTheCsvTables() throws Exception {
        SyntheticSsda903 synthetic = new SyntheticSsda903(150, 7, YEAR_END);
        Path csv = dir.resolve("csv");
        synthetic.writeCsv(YEAR_END, csv);
        Path xml = dir.resolve("return.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            synthetic.writeXml(YEAR_END, out);
        }
        List<ReadResult> fromCsv = Ssda903Return.read(List.of(csv)).records();
        List<ReadResult> fromXml = Ssda903Return.read(List.of(xml)).records();
        assertTrue(fromCsv.size() > 100, "most invented children are looked after in the year: " + fromCsv.size());
        assertEquals(fromCsv.size(), fromXml.size());
        assertTrue(fromXml.stream().anyMatch(r -> Boolean.TRUE.equals(((ReadResult.Ok) r).parsed().summary()
                .getUnaccompaniedAsylumSeeking())), "some invented children are unaccompanied asylum seekers");
        ObjectMapper mapper = new CaseSummaryReader().mapper();
        for (int i = 0; i < fromCsv.size(); i++) {
            CaseSummary a = ((ReadResult.Ok) fromCsv.get(i)).parsed().summary();
            CaseSummary b = ((ReadResult.Ok) fromXml.get(i)).parsed().summary();
            assertTrue(a.getWorker() != null && a.holds("worker") && b.getWorker() == null && !b.holds("worker"),
                    "the XML form is read without its social worker episodes");
            a.setWorker(null);
            java.util.Set<String> notHeld = new java.util.TreeSet<>(a.getNotHeld());
            notHeld.add("worker");
            a.setNotHeld(notHeld);
            assertEquals(mapper.writeValueAsString(a), mapper.writeValueAsString(b), "child " + a.getCaseId());
            assertEquals(((ReadResult.Ok) fromCsv.get(i)).parsed().warnings().size(),
                    ((ReadResult.Ok) fromXml.get(i)).parsed().warnings().size());
        }
    }

    @Test
    void aBadValueIsNamedByItsXmlPath() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <EXPSSDA903>
                  <CHILD><HEADER><CHILDID>X1</CHILDID><DOB>2015-02-01</DOB>
                    <AREVIEW><REVIEW>2024-06-01</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW></HEADER>
                    <EPISODE><DECOM>2024-05-10</DECOM><RNE>S</RNE><LS>C1</LS><PL>U6</PL></EPISODE></CHILD>
                  <CHILD><HEADER><CHILDID>X2</CHILDID><DOB>2015-02-01</DOB></HEADER>
                    <EPISODE><DECOM>2024-05-10</DECOM><RNE>S</RNE><LS>C1</LS><PL>U6</PL></EPISODE>
                    <EPISODE><DECOM>2024-13-10</DECOM><RNE>P</RNE><LS>C1</LS><PL>U6</PL></EPISODE></CHILD>
                </EXPSSDA903>
                """;
        List<ReadResult> records = Ssda903Return.readXml("return.xml",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).records();
        assertEquals(2, records.size());
        CaseSummary x1 = ((ReadResult.Ok) records.get(0)).parsed().summary();
        assertEquals(1, x1.getReviews().size());
        assertEquals(LocalDate.of(2024, 5, 10), x1.getPlacements().get(0).getStart());
        ReadResult.Rejected x2 = (ReadResult.Rejected) records.get(1);
        assertEquals("return.xml: CHILD[2]/EPISODE[2]/DECOM", x2.rejection().field());
    }

    @Test
    void theHeadersUascFlagSaysWhetherTheChildIsAnUnaccompaniedAsylumSeeker() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <EXPSSDA903>
                  <CHILD><HEADER><CHILDID>U1</CHILDID><DOB>2008-02-01</DOB><UASC>1</UASC></HEADER>
                    <EPISODE><DECOM>2024-05-10</DECOM><RNE>S</RNE><LS>V2</LS><PL>U6</PL></EPISODE></CHILD>
                  <CHILD><HEADER><CHILDID>U2</CHILDID><DOB>2008-02-01</DOB><UASC>0</UASC></HEADER>
                    <EPISODE><DECOM>2024-05-10</DECOM><RNE>S</RNE><LS>V2</LS><PL>U6</PL></EPISODE></CHILD>
                  <CHILD><HEADER><CHILDID>U3</CHILDID><DOB>2008-02-01</DOB><UASC /></HEADER>
                    <EPISODE><DECOM>2024-05-10</DECOM><RNE>S</RNE><LS>V2</LS><PL>U6</PL></EPISODE></CHILD>
                  <CHILD><HEADER><CHILDID>U4</CHILDID><DOB>2008-02-01</DOB><UASC>0</UASC><DUC>2024-09-01</DUC></HEADER>
                    <EPISODE><DECOM>2024-05-10</DECOM><RNE>S</RNE><LS>V2</LS><PL>U6</PL></EPISODE></CHILD>
                  <CHILD><HEADER><CHILDID>U5</CHILDID><DOB>2008-02-01</DOB><UASC>Y9</UASC></HEADER>
                    <EPISODE><DECOM>2024-05-10</DECOM><RNE>S</RNE><LS>V2</LS><PL>U6</PL></EPISODE></CHILD>
                </EXPSSDA903>
                """;
        List<ReadResult> records = Ssda903Return.readXml("return.xml",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).records();
        assertEquals(Boolean.TRUE, Tables.caseOf(records, "U1").getUnaccompaniedAsylumSeeking());
        assertEquals(Boolean.FALSE, Tables.caseOf(records, "U2").getUnaccompaniedAsylumSeeking());
        assertNull(Tables.caseOf(records, "U3").getUnaccompaniedAsylumSeeking(), "left blank: not recorded");
        assertEquals(Boolean.TRUE, Tables.caseOf(records, "U4").getUnaccompaniedAsylumSeeking(), "the status ceased");
        assertTrue(Tables.warningsOf(records, "U4").get(0).startsWith("return.xml: CHILD[4]/HEADER/DUC: a date the UASC"
                + " status ceased is given, but UASC is 0"), Tables.warningsOf(records, "U4")::toString);
        assertNull(Tables.caseOf(records, "U5").getUnaccompaniedAsylumSeeking());
        assertEquals(List.of("return.xml: CHILD[5]/HEADER/UASC: 'Y9' is not a UASC status (1 or 0), so whether the child"
                + " is an unaccompanied asylum seeker is not recorded"), Tables.warningsOf(records, "U5"));
    }

    @Test
    void xmlThatIsNotWellFormedIsOneRejection() {
        List<ReadResult> records = Ssda903Return.readXml("broken.xml",
                new ByteArrayInputStream("<EXPSSDA903><CHILD>".getBytes(StandardCharsets.UTF_8))).records();
        assertEquals(1, records.size());
        assertTrue(((ReadResult.Rejected) records.get(0)).rejection().reason().contains("cannot read the XML"));
    }
}
