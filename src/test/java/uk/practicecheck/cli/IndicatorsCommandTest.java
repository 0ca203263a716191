package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.audit.XlsxDump;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorDocs;

/** {@code audit --period}, and the {@code indicators} command. */
class IndicatorsCommandTest {
    private static final String SAMPLE = "samples/06-looked-after-family-finding-late.json";
    /** Two referrals a month apart (the second a re-referral), from a team whose name a spreadsheet would run. */
    private static final String RE_REFERRED = """
            {"schemaVersion":"1","caseId":"R-1","team":"=HYPERLINK(\\"http://example.invalid\\")","legalStatuses":[],
             "referrals":[{"received":"2026-01-05","socialWorkerNeeded":false},{"received":"2026-02-05","socialWorkerNeeded":false}]}
            """;

    @TempDir
    Path folder;

    @Test
    void theIndicatorsCoverTheChosenPeriod() {
        CliRun run = CliRun.of("audit", SAMPLE, "--as-of", "2026-11-23", "--period", "2026-01-01..2026-06-30", "--no-progress");
        assertTrue(run.out().contains("Cohort indicators, 2026-01-01 to 2026-06-30 "), run.toString());
    }

    @Test
    void byDefaultTheyCoverTheTwelveMonthsToTheAsOfDate() {
        CliRun run = CliRun.of("audit", SAMPLE, "--as-of", "2026-11-23", "--no-progress");
        assertTrue(run.out().contains("Cohort indicators, 2025-11-24 to 2026-11-23 "), run.toString());
    }

    @Test
    void aPeriodEndingAfterTheAsOfDateIsAUsageError() {
        CliRun run = CliRun.of("audit", SAMPLE, "--as-of", "2026-03-31", "--period", "2026-01-01..2026-04-30", "--no-progress");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("the period 2026-01-01 to 2026-04-30 ends after the as-of date 2026-03-31"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aBadPeriodIsAUsageErrorSayingHowToWriteOne() {
        CliRun run = CliRun.of("audit", SAMPLE, "--period", "2026-01-01", "--no-progress");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("a period is written FROM..TO, for example 2025-04-01..2026-03-31"), run.err());
    }

    @Test
    void indicatorsListsEachWithWhereItComesFromAndDocsPrintsTheGeneratedPage() {
        CliRun list = CliRun.of("indicators");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains("lac-reviews-in-time") && list.out().contains("from the rule lookedafter.reviews-on-time; 3 inspectors' figures"),
                list.out());
        assertTrue(list.out().contains("awaiting-allocation") && list.out().contains("1 inspectors' figure\n"), list.out());
        CliRun docs = CliRun.of("indicators", "docs", "-o", "-");
        assertEquals(IndicatorDocs.markdown(IndicatorCatalogue.bundled()), docs.out());
    }

    @Test
    void theCsvIndicatorRowsGiveEachIndicatorOverallAndByTeamSafeForExcel() throws Exception {
        Path input = folder.resolve("re-referred.json");
        Files.writeString(input, RE_REFERRED);
        CliRun run = CliRun.of("audit", input.toString(), "--as-of", "2026-03-31", "--format", "csv", "--rows", "indicators",
                "--no-progress");

        assertTrue(run.out().startsWith("\uFEFFrow_type,indicator_id,indicator,team,period_from,period_to,shown_as,value,"),
                run.toString());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out().substring(1))).getRecords();
        List<CSVRecord> reReferrals = rows.stream().filter(r -> r.get("indicator_id").equals("re-referrals")).toList();
        assertEquals(2, reReferrals.size(), run.out());
        CSVRecord overall = reReferrals.get(0);
        // 2 referrals in the period 2025-04-01..2026-03-31, the second within 12 months of the first: 1 of 2.
        assertEquals(List.of("overall", "", "2025-04-01", "2026-03-31", "percentage", "50.0", "50%", "1", "2", "referrals", "0", "0"),
                List.of(overall.get("row_type"), overall.get("team"), overall.get("period_from"), overall.get("period_to"),
                        overall.get("shown_as"), overall.get("value"), overall.get("value_shown"), overall.get("numerator"),
                        overall.get("denominator"), overall.get("counted"), overall.get("cases_not_judged"),
                        overall.get("cases_not_held")));
        CSVRecord team = reReferrals.get(1);
        assertEquals("team", team.get("row_type"));
        assertEquals("'=HYPERLINK(\"http://example.invalid\")", team.get("team"), "a team name cannot start a formula");
        CSVRecord reviews = rows.stream().filter(r -> r.get("indicator_id").equals("lac-reviews-in-time")).findFirst().orElseThrow();
        assertEquals("none judged", reviews.get("value_shown"));
        assertEquals("", reviews.get("value"), "no rate over nothing");
        assertTrue(reviews.get("inspectors_reported").contains("Middlesbrough 2016 inspection (2014–15): 85%"), reviews.toString());
    }

    @Test
    void theWorkbookOpensOnTheIndicatorsThenByTeam() throws Exception {
        Path input = folder.resolve("re-referred.json");
        Files.writeString(input, RE_REFERRED);
        Path workbook = folder.resolve("audit.xlsx");
        CliRun run = CliRun.of("audit", input.toString(), "--as-of", "2026-03-31", "--format", "xlsx", "--out",
                workbook.toString(), "--no-progress");
        assertEquals("", run.err(), run.toString());

        String dump = XlsxDump.of(Files.readAllBytes(workbook));
        List<String> sheets = dump.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3, l.indexOf(" | "))).toList();
        assertEquals(List.of("Indicators", "Indicators by team"), sheets.subList(0, 2));
        String reReferrals = dump.lines().filter(l -> l.contains("=text:Re-referrals within 12 months")).findFirst().orElseThrow();
        // The rate is a percentage cell, the counts numbers, the inspectors' figures (none) said in words.
        assertTrue(reReferrals.matches(".*B\\d+=percent:0\\.5 \\| C\\d+=text:percentage \\| D\\d+=number:1\\.0 "
                + "\\| E\\d+=number:2\\.0 .*I\\d+=text:no figure in the reports.*"), reReferrals);
        assertTrue(dump.contains("=text:Looked-after reviews held in timescale | B2=text:none judged"), dump);
        String byTeam = dump.substring(dump.indexOf("## Indicators by team"), dump.indexOf("## Summary"));
        assertTrue(byTeam.contains("B2=quoted text:=HYPERLINK(\"http://example.invalid\")"), byTeam);
        assertTrue(byTeam.contains("C2=percent:0.5"), byTeam);
    }
}
