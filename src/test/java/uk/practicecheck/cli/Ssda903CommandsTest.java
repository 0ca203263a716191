package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.annexa.AnnexAWorkbookWriter;

/** check, audit, convert and generate with an SSDA903 return. */
class Ssda903CommandsTest {
    @TempDir
    Path dir;

    private Path generated(String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--format", "ssda903", "--cases", "120", "--seed", "3",
                "--year-end", "2025-03-31", "--out", out.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        return out;
    }

    @Test
    void auditingTheReturnGivesTheFindingsOfItsConvertedCasesAsOfTheEndOfItsYear() throws Exception {
        Path ret = generated("2025");
        Path cases = dir.resolve("cases.ndjson");
        CliRun convert = CliRun.of("convert", "--ssda903", ret.toString(), "--out", cases.toString());
        assertEquals(0, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains("SSDA903 return for 2024-04-01 to 2025-03-31"), convert.err());

        CliRun direct = CliRun.of("audit", "--ssda903", ret.toString(), "--format", "json", "--no-progress");
        CliRun converted = CliRun.of("audit", cases.toString(), "--as-of", "2025-03-31", "--format", "json", "--no-progress");
        JsonNode a = new ObjectMapper().readTree(direct.out());
        JsonNode b = new ObjectMapper().readTree(converted.out());
        assertEquals("2025-03-31", a.get("asOf").asText(), "the as-of date defaults to the end of the return's year");
        assertEquals(a.get("rules"), b.get("rules"));
        assertEquals(a.get("totals").get("results"), b.get("totals").get("results"));
        long lines = Files.readAllLines(cases).size();
        assertEquals(lines, a.get("totals").get("recordsRead").asLong(), "counts reconcile: every child is a record");
        assertEquals(lines, a.get("totals").get("evaluated").asLong());
    }

    @Test
    void checkReadsAReturnAndThePreviousYearsTogether() {
        Path current = generated("2025", "--previous-year-out", dir.resolve("2024").toString());
        CliRun run = CliRun.of("check", "--ssda903", current.toString(), "--ssda903", dir.resolve("2024").toString(),
                "--format", "json");
        assertTrue(run.exitCode() == ExitCodes.ALL_MET || run.exitCode() == ExitCodes.SOME_NOT_MET, run::toString);
        assertTrue(run.err().contains("SSDA903 return for 2023-04-01 to 2024-03-31"), run.err());
        CliRun three = CliRun.of("check", "--ssda903", current.toString(), "--ssda903", current.toString(), "--ssda903",
                current.toString());
        assertEquals(ExitCodes.USAGE, three.exitCode(), three::toString);
    }

    @Test
    void aReturnAndAnAnnexAWorkbookAreJoinedByChildWithEachDisagreementNamed() throws Exception {
        Path ret = dir.resolve("2025");
        Files.createDirectories(ret);
        Files.writeString(ret.resolve("Header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nJ1,1,01/02/2015,WBRI,,,\r\n");
        Files.writeString(ret.resolve("Episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                + "HOME_POST,PL_POST,URN\r\nJ1,10/05/2024,S,C1,N1,U6,PR1,,,,,,\r\n");
        Path workbook = dir.resolve("annex.xlsx");
        AnnexAWorkbookWriter.write(workbook, List.of(new AnnexAWorkbookWriter.SheetSpec("List 8 - Children in care",
                List.of("Child Unique ID", "Date of Birth", "Date Started to be Looked After", "Date of Latest Statutory Review"),
                List.of(List.of("J1", LocalDate.of(2015, 2, 2), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 6, 1)),
                        List.of("J2", LocalDate.of(2016, 1, 1), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 20))))));
        CliRun run = CliRun.of("check", "--ssda903", ret.toString(), "--annex-a", workbook.toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(2, report.get("summary").get("recordsRead").asInt(), run::toString);
        JsonNode j1 = report.get("cases").get(0);
        assertEquals("J1", j1.get("caseId").asText());
        String warnings = j1.get("warnings").toString();
        assertTrue(warnings.contains("the Annex A workbook " + workbook + " gives date of birth as 2015-02-02")
                && warnings.contains("not 2015-02-01 as the SSDA903 return " + ret + " does"), warnings);
    }

    @Test
    void aCollectionYearGivenOverridesTheYearToldFromTheDatesAndSetsTheAsOfDate() throws Exception {
        Path current = generated("2025", "--previous-year-out", dir.resolve("2024").toString());
        CliRun run = CliRun.of("audit", "--ssda903", current.toString(), "--ssda903", dir.resolve("2024").toString(),
                "--collection-year", "2025-26", "--format", "json", "--no-progress");
        assertTrue(run.exitCode() == ExitCodes.ALL_MET || run.exitCode() == ExitCodes.SOME_NOT_MET, run::toString);
        assertEquals("2026-03-31", new ObjectMapper().readTree(run.out()).get("asOf").asText(), run::toString);
        assertTrue(run.err().contains(current + ": SSDA903 return for 2025-04-01 to 2026-03-31"), run.err());
        assertTrue(run.err().contains(dir.resolve("2024") + ": SSDA903 return for 2024-04-01 to 2025-03-31"), run.err());
        assertTrue(run.err().contains(current + ": read as the return for 2025-26 as given (its dates suggest 2024-25)"), run.err());

        CliRun plain = CliRun.of("convert", "--ssda903", current.toString(), "--collection-year", "2024",
                "--out", dir.resolve("cases.ndjson").toString());
        assertEquals(0, plain.exitCode(), plain::toString);
        assertTrue(plain.err().contains("SSDA903 return for 2024-04-01 to 2025-03-31"), plain.err());
        assertTrue(!plain.err().contains("as given"), "no note when the year given is the one the dates tell: " + plain.err());
    }

    @Test
    void aCollectionYearThatIsNotOneIsAUsageErrorSayingWhy() {
        Path ret = generated("2025");
        CliRun wrongSpan = CliRun.of("check", "--ssda903", ret.toString(), "--collection-year", "2025-27");
        assertEquals(ExitCodes.USAGE, wrongSpan.exitCode(), wrongSpan::toString);
        assertTrue(wrongSpan.err().contains("--collection-year: '2025-27' is not a collection year: a year runs from 1 April"
                + " to the next 31 March, so 2025 is followed by 26 (2025-26)"), wrongSpan.err());
        CliRun words = CliRun.of("convert", "--ssda903", ret.toString(), "--collection-year", "last year");
        assertEquals(ExitCodes.USAGE, words.exitCode(), words::toString);
        assertTrue(words.err().contains("'last year' is not a collection year: give the year it starts, such as 2025 or 2025-26"),
                words.err());
        CliRun alone = CliRun.of("check", "--collection-year", "2025", "cases.json");
        assertEquals(ExitCodes.USAGE, alone.exitCode(), alone::toString);
        assertTrue(alone.err().contains("give it with --ssda903 or --cin-census"), alone.err());
    }
}
