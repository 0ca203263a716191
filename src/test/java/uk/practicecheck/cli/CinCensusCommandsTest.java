package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, audit, convert and generate with a Children in Need census, alone and joined with an SSDA903 return. */
class CinCensusCommandsTest {
    @TempDir
    Path dir;

    /** A census of {@code cases} generated children whose year ends on 31 March 2025. */
    private Path generatedCensus(int cases) {
        Path census = dir.resolve("cin.xml");
        CliRun generate = CliRun.of("generate", "--format", "cin-census", "--cases", String.valueOf(cases), "--seed", "4",
                "--year-end", "2025-03-31", "--out", census.toString());
        assertEquals(0, generate.exitCode(), generate::toString);
        return census;
    }

    @Test
    void auditingTheCensusGivesTheFindingsOfItsConvertedCasesAsOfTheEndOfItsYear() throws Exception {
        Path census = generatedCensus(150);
        Path cases = dir.resolve("cases.ndjson");
        CliRun convert = CliRun.of("convert", "--cin-census", census.toString(), "--out", cases.toString());
        assertEquals(0, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains("Children in Need census for 2024-04-01 to 2025-03-31"), convert.err());

        JsonNode direct = new ObjectMapper().readTree(
                CliRun.of("audit", "--cin-census", census.toString(), "--format", "json", "--no-progress").out());
        JsonNode converted = new ObjectMapper().readTree(CliRun.of("audit", cases.toString(), "--as-of", "2025-03-31",
                "--format", "json", "--no-progress").out());
        assertEquals("2025-03-31", direct.get("asOf").asText());
        assertEquals(direct.get("rules"), converted.get("rules"));
        assertEquals(Files.readAllLines(cases).size(), direct.get("totals").get("recordsRead").asLong());
    }

    @Test
    void aChildInTheCensusAndTheReturnIsOneCaseWithEachDisagreementNamed() throws Exception {
        Path census = Files.writeString(dir.resolve("cin.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message><Header><CollectionDetails><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
                <Children><Child><ChildIdentifiers><LAchildID>J1</LAchildID><PersonBirthDate>2015-03-01</PersonBirthDate>
                </ChildIdentifiers><CINdetails><CINreferralDate>2024-04-20</CINreferralDate><ReferralNFA>false</ReferralNFA>
                <Assessments><AssessmentActualStartDate>2024-04-21</AssessmentActualStartDate></Assessments>
                </CINdetails></Child></Children></Message>
                """);
        Path ret = dir.resolve("903");
        Files.createDirectories(ret);
        Files.writeString(ret.resolve("Header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nJ1,1,01/02/2015,WBRI,,,\r\n");
        Files.writeString(ret.resolve("Episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                + "HOME_POST,PL_POST,URN\r\nJ1,10/05/2024,S,C1,N1,U6,PR1,,,,,,\r\n");
        CliRun run = CliRun.of("check", "--ssda903", ret.toString(), "--cin-census", census.toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.get("summary").get("recordsRead").asInt(), run::toString);
        String warnings = report.get("cases").get(0).get("warnings").toString();
        assertTrue(warnings.contains("the Children in Need census " + census + " gives date of birth as 2015-03-01, not 2015-02-01"
                + " as the SSDA903 return " + ret + " does"), warnings);
    }

    @Test
    void aCollectionYearGivenOverridesTheCensusReferenceDate() throws Exception {
        Path census = generatedCensus(20);
        CliRun run = CliRun.of("audit", "--cin-census", census.toString(), "--collection-year", "2025/26", "--format", "json",
                "--no-progress");
        assertEquals("2026-03-31", new ObjectMapper().readTree(run.out()).get("asOf").asText(), run::toString);
        assertTrue(run.err().contains("Children in Need census for 2025-04-01 to 2026-03-31"), run.err());
        assertTrue(run.err().contains(census + ": read as the census for 2025-26 as given (its reference date 2025-03-31 suggests"
                + " 2024-25)"), run.err());
    }
}
