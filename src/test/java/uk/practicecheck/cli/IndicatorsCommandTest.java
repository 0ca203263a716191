package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.practicecheck.indicator.IndicatorCatalogue;
import uk.practicecheck.indicator.IndicatorDocs;

/** {@code audit --period}, and the {@code indicators} command. */
class IndicatorsCommandTest {
    private static final String SAMPLE = "samples/06-looked-after-family-finding-late.json";

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
}
