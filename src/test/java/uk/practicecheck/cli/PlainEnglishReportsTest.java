package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import uk.practicecheck.PlainEnglish;

/**
 * Every report a person reads, on every sample, is plain English: no field path, enum name or
 * template without its grammar, in the child's report ({@code check}, everything shown) and the
 * audit as text, Markdown and HTML.
 */
class PlainEnglishReportsTest {

    @Test
    void theChildsReportIsPlainEnglishForEverySample() {
        CliRun run = CliRun.of("check", "samples", "--as-of", "2026-11-23", "--show", "all");
        assertTrue(run.out().contains("Read 47 records"), run.out().lines().limit(5).toList().toString());
        PlainEnglish.assertPlain("check samples --show all", run.out());
    }

    @Test
    void aSingleCaseReportSaysRecordNotRecords() {
        CliRun run = CliRun.of("check", "samples/06-looked-after-family-finding-late.json", "--as-of", "2026-11-23");
        assertTrue(run.out().contains("Read 1 record: 1 evaluated, 0 rejected."), run.out());
        PlainEnglish.assertPlain("check sample 06", run.out());
    }

    @Test
    void theAuditIsPlainEnglishInEveryFormatPeopleRead() {
        for (String format : new String[] {"text", "md", "html"}) {
            CliRun run = CliRun.of("audit", "samples", "--as-of", "2026-11-23", "--format", format, "--no-progress");
            String shown = "html".equals(format) ? StringEscapeUtils.unescapeHtml4(run.out()
                    .replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ")) : run.out();
            PlainEnglish.assertPlain("audit --format " + format, shown);
        }
    }

    @Test
    void theCheckCatchesFieldPathsEnumNamesAndBrokenTemplates() {
        for (String bad : new String[] {"the record does not hold missingEpisodes.returnInterviewHeld.",
            "Permanence plan (ADOPTION) at the review", "Not yet review held; due by 2026-01-01", "Read 1 records: 1 evaluated",
            "reviews[1].date is not a date", "Status LOOKED_AFTER"}) {
            assertThrows(AssertionError.class, () -> PlainEnglish.assertPlain("example", bad), bad);
        }
        assertFalse(bad("Read 45 records: 45 evaluated, 0 rejected. Due by 2026-12-01 (20 working days after the review)."));
    }

    private static boolean bad(String text) {
        try {
            PlainEnglish.assertPlain("example", text);
            return false;
        } catch (AssertionError e) {
            return true;
        }
    }
}
