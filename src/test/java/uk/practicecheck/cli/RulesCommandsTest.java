package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules list/show/test/new/docs}, and {@code --rules} overlays taking effect without a rebuild. */
class RulesCommandsTest {
    private static final Path RULE = Path.of("rules/missing/return-interview-offered.drl");
    private static final Path FIXTURE = Path.of("rules/missing/return-interview-offered/not-met-never-offered.json");

    @TempDir
    Path dir;

    @Test
    void listShowsEveryRuleWithItsSeverityRecommendationsAndFile() {
        CliRun run = CliRun.of("rules", "list");
        assertEquals(ExitCodes.ALL_MET, run.exitCode(), run::toString);
        assertTrue(Pattern.compile("missing\\.return-interview-offered +high +STK-2016-R2, STK-2016-F15, MBR-2016-R10, MBR-2016-F12  "
                + Pattern.quote(RULE.toString())).matcher(run.out()).find(), run::toString);
        assertTrue(run.out().contains("A return home interview is offered within 72 hours"), run::toString);
    }

    @Test
    void showGivesRecommendationTextAndSourceTheDrlAndTheFixtures() {
        CliRun run = CliRun.of("rules", "show", "missing.return-interview-offered");
        assertEquals(ExitCodes.ALL_MET, run.exitCode(), run::toString);
        assertTrue(run.out().contains("STK-2016-R2 - Stockton-on-Tees"), run::toString);
        assertTrue(run.out().contains("seeds/reports/"), run::toString);
        assertTrue(run.out().contains("Ensure that return home interviews are offered"), run::toString);
        assertTrue(run.out().contains("  rule \"Return home interview offered after every missing episode\""), run::toString);
        assertTrue(run.out().contains("NOT_MET        not-met-never-offered.json"), run::toString);
    }

    @Test
    void rulesWithoutASubcommandShowsTheSubcommands() {
        CliRun run = CliRun.of("rules");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        for (String subcommand : new String[] {"list", "show", "test", "lint", "new", "docs"}) {
            assertTrue(run.err().contains("  " + subcommand + " "), run::toString);
        }
    }

    @Test
    void showOfAnUnknownIdIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("rules", "show", "no.such-rule").exitCode());
    }

    @Test
    void showOfAMistypedIdNamesTheNearestRule() {
        CliRun run = CliRun.of("rules", "show", "lookedafter.reviews-on-tme");

        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no rule with id 'lookedafter.reviews-on-tme' (did you mean 'lookedafter.reviews-on-time'?)"),
                run::toString);
    }

    @Test
    void testRunsARulesFixturesAndFailsOnAWrongExpectation() throws Exception {
        CliRun passing = CliRun.of("rules", "test", RULE.toString());
        assertEquals(ExitCodes.ALL_MET, passing.exitCode(), passing::toString);
        assertTrue(passing.out().contains("pass " + FIXTURE), passing::toString);

        Path rules = Files.createDirectories(dir.resolve("missing/return-interview-offered"));
        Files.copy(RULE, dir.resolve("missing/return-interview-offered.drl"));
        String wrong = Files.readString(FIXTURE).replace("\"daysOverdue\": 88", "\"daysOverdue\": 87");
        Files.writeString(rules.resolve("wrong.json"), wrong);
        CliRun failing = CliRun.of("rules", "test", "--rules", dir.toString());
        assertEquals(ExitCodes.PROBLEMS_FOUND, failing.exitCode(), failing::toString);
        assertTrue(failing.out().contains("FAIL " + rules.resolve("wrong.json")), failing::toString);
        assertTrue(failing.out().contains("daysOverdue: expected 87, got 88"), failing::toString);
        assertTrue(failing.out().contains("1 fixtures: 0 passed, 1 failed."), failing::toString);
    }

    @Test
    void newScaffoldsARuleWhoseFixturesFailAndWhosePlaceholdersLintFlags() throws Exception {
        CliRun created = CliRun.of("rules", "new", "--id", "child-protection.example-check", "--area", "child-protection",
                "--rules", dir.toString());
        assertEquals(ExitCodes.ALL_MET, created.exitCode(), created::toString);
        Path drl = dir.resolve("child-protection/example-check.drl");
        assertTrue(Files.exists(drl));
        assertTrue(Files.exists(dir.resolve("child-protection/example-check/met-todo.json")));
        assertTrue(Files.exists(dir.resolve("child-protection/example-check/not-met-todo.json")));

        CliRun test = CliRun.of("rules", "test", drl.toString());
        assertEquals(ExitCodes.PROBLEMS_FOUND, test.exitCode(), test::toString);
        assertTrue(test.out().contains("outcome: expected MET, got CANNOT_TELL"), test::toString);
        assertTrue(test.out().contains("outcome: expected NOT_MET, got CANNOT_TELL"), test::toString);
        assertTrue(test.out().contains("2 fixtures: 0 passed, 2 failed."), test::toString);

        CliRun lint = CliRun.of("rules", "lint", "--rules", dir.toString());
        assertEquals(ExitCodes.PROBLEMS_FOUND, lint.exitCode(), lint::toString);
        assertTrue(lint.out().contains(drl + ":11: @title is still a placeholder"), lint::toString);
        assertTrue(lint.out().contains(drl + ":12: @recommendation is still a placeholder"), lint::toString);
        assertTrue(lint.out().contains("met-todo.json: fixture still has a placeholder"), lint::toString);

        CliRun again = CliRun.of("rules", "new", "--id", "child-protection.example-check", "--area", "child-protection",
                "--rules", dir.toString());
        assertEquals(ExitCodes.USAGE, again.exitCode(), again::toString);
        assertTrue(again.err().contains("already exists; not overwriting it"), again::toString);
    }

    @Test
    void newRefusesAnIdOutsideItsArea() {
        CliRun run = CliRun.of("rules", "new", "--id", "missing.x", "--area", "plans", "--rules", dir.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    }

    @Test
    void aChangedDrlUnderRulesTakesEffectOnTheNextRunWithoutARebuild() throws Exception {
        Path overlay = Files.createDirectories(dir.resolve("la-rules/missing"));
        Path drl = overlay.resolve("return-interview-offered.drl");
        Files.copy(RULE, drl);
        Path caseFile = dir.resolve("case.json");
        new ObjectMapper().writeValue(caseFile.toFile(), new ObjectMapper().readTree(FIXTURE.toFile()).get("case"));
        String[] check = {"check", "--rules", overlay.getParent().toString(), "--as-of", "2026-06-01", caseFile.toString()};

        CliRun before = CliRun.of(check);
        assertEquals(ExitCodes.SOME_NOT_MET, before.exitCode(), before::toString);
        assertEquals("Not met (", sectionOf(before.out(), "A return home interview is offered within 72 hours"), before::toString);

        LintHelpers.replace(drl, "within 72 hours of the child's return", "within three days of the child's return (local standard)");
        CliRun retitled = CliRun.of(check);
        assertTrue(retitled.out().contains("within three days of the child's return (local standard)"), retitled::toString);
        assertFalse(retitled.out().contains("is offered within 72 hours of the child's return"), retitled::toString);

        LintHelpers.replace(drl, ".done($episode.firstOffered(), ", ".done($episode.getEnd(), ");
        CliRun relaxed = CliRun.of(check);
        assertEquals("Met (", sectionOf(relaxed.out(), "A return home interview is offered within three days"), relaxed::toString);

        CliRun listed = CliRun.of("rules", "list", "--rules", overlay.getParent().toString());
        assertTrue(listed.out().contains(drl.toString()), listed::toString);
        CliRun shown = CliRun.of("rules", "show", "missing.return-interview-offered", "--rules", overlay.getParent().toString());
        assertTrue(shown.out().contains("(local standard)"), shown::toString);
        CliRun docs = CliRun.of("rules", "docs", "-o", "-", "--rules", overlay.getParent().toString());
        assertTrue(docs.out().contains("- File: `" + drl + "`"), docs::toString);
    }

    @Test
    void docsWritesTheCatalogueFile() throws Exception {
        Path output = dir.resolve("rules.md");
        CliRun run = CliRun.of("rules", "docs", "--output", output.toString());
        assertEquals(ExitCodes.ALL_MET, run.exitCode(), run::toString);
        assertEquals(Files.readString(Path.of("docs/rules.md")), Files.readString(output));
    }

    /** The heading of the section of a text report in which a rule's title stands, or null if it is not there. */
    private static String sectionOf(String report, String title) {
        int at = report.indexOf(title);
        if (at < 0) {
            return null;
        }
        String before = report.substring(0, at);
        String section = null;
        int last = -1;
        for (String heading : List.of("Not met (", "Due in the next", "The record cannot tell (", "Met (", "Due later (",
                "Not applicable (")) {
            int i = before.lastIndexOf("\n  " + heading);
            if (i > last) {
                last = i;
                section = heading;
            }
        }
        return section;
    }
}
