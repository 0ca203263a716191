package uk.practicecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleSource;
import uk.practicecheck.engine.RuleSources;

/** The {@code check} command end to end, through {@link PracticeCheck#run}: reports, formats and exit codes. */
class CheckCommandTest {
    private static final String AS_OF = "2026-11-23";
    private static final Path SAMPLES = Path.of("samples");
    private static final Path INPUT_ERRORS = Path.of("src/test/resources/input-errors");
    private static final Path CLI_CASES = Path.of("src/test/resources/cli");
    private static final Pattern RULE_TITLE = Pattern.compile("@title\\(\"([^\"]+)\"\\)");
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w.$]+\\(", Pattern.MULTILINE);

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
        void assertNoStackTrace() {
            for (String stream : List.of(out, err)) {
                assertFalse(STACK_FRAME.matcher(stream).find(), stream);
                assertFalse(stream.contains("Exception"), stream);
            }
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PracticeCheck.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The text with every run of white space made one space, so that line wrapping does not matter. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    @Test
    void aCompliantCaseExitsZeroAndTheReportNamesEveryRuleWithItsOutcome() throws IOException {
        Run run = run("check", CLI_CASES.resolve("compliant-child-in-need.json").toString(), "--as-of", AS_OF,
                "--show", "all");

        assertEquals(ExitCodes.ALL_MET, run.exitCode(), run.err() + run.out());
        assertEquals("", run.err());
        String report = flat(run.out());
        assertTrue(report.contains("practice-check report as of 2026-11-23"), report);
        assertTrue(report.contains("Test Child A. (case T-COMPLIANT-1)"), report);
        assertTrue(report.contains("Overall: nothing overdue: 0 occasions not met"), report);
        for (RuleSource rule : RuleSources.bundled()) {
            Matcher title = RULE_TITLE.matcher(rule.text());
            assertTrue(title.find(), rule.path());
            assertTrue(report.contains(title.group(1)), "the report names " + title.group(1));
        }
        assertTrue(report.contains("Met (8 rules) - An open case has a chronology brought up to date"), report);
        assertTrue(report.contains("- An open case has supervision recorded at least every policy interval, each setting "
                + "actions (2 occasions, all on time)"), report);
        assertTrue(report.contains("Does not apply (41 rules)"), report);
        assertTrue(report.contains("- Family finding starts as soon as adoption becomes the plan at a statutory review: "
                + "applies to looked-after children whose plan became adoption at a looked-after review."), report);
    }

    @Test
    void rulesThatDoNotApplyAreOnlyCountedUnlessAllAreAskedFor() {
        Run run = run("check", CLI_CASES.resolve("compliant-child-in-need.json").toString(), "--as-of", AS_OF);

        String report = flat(run.out());
        assertTrue(report.contains("41 rules do not apply to this case (--show all lists them)."), report);
        assertFalse(report.contains("Family finding starts"), report);
    }

    @Test
    void aCaseWithARuleNotMetExitsOneAndLeadsWithWhatIsOverdueQuotingTheInspectors() {
        Run run = run("check", sample("06-looked-after-family-finding-late.json"), "--as-of", AS_OF);

        assertEquals(ExitCodes.SOME_NOT_MET, run.exitCode(), run.err());
        String report = flat(run.out());
        assertTrue(report.contains("Ruby H. (case CC-329876)"), report);
        assertTrue(report.contains("Overall: needs action: 21 occasions not met, 2 due in the next 28 days"), report);
        assertTrue(report.indexOf("Not met (11 rules)") < report.indexOf("Due in the next 28 days (2 duties)")
                && report.indexOf("Due in the next 28 days") < report.indexOf("The record cannot tell")
                && report.indexOf("The record cannot tell") < report.indexOf("Met (6 rules)"), report);
        assertTrue(report.contains("Not met (11 rules) Family finding starts as soon as adoption becomes the plan at a "
                + "statutory review [high severity]"), report);
        assertTrue(report.contains("No record of family finding started; due by 2026-09-04 (10 working days after the"
                + " review that made adoption the plan on 2026-08-20), 80 days overdue."), report);
        assertTrue(report.contains("Inspectors asked (STK-2016-R6"), report);
        assertTrue(report.lastIndexOf("Inspectors asked") < report.indexOf("The record cannot tell"),
                "the inspectors' words are not repeated under what was met");
        assertTrue(report.contains("Cases with at least one rule not met: 1 of 1."), report);
    }

    @Test
    void aRuleNoRecommendationAsksForQuotesTheStatutorySourceThePolicyCites() {
        Run run = run("check", sample("06-looked-after-family-finding-late.json"), "--as-of", AS_OF);

        String report = flat(run.out());
        String health = report.substring(report.indexOf("The initial health assessment is done within 20 working days"));
        assertTrue(health.startsWith("The initial health assessment is done within 20 working days"), report);
        String citation = health.substring(health.indexOf("No inspection recommendation asks for this"));
        assertTrue(citation.startsWith(RuleInfo.NO_RECOMMENDATION + " Source: Promoting the health and well-being of"
                + " looked-after children (statutory guidance, DfE and DH, March 2015)"), report);
        assertFalse(health.substring(0, health.indexOf("Review health assessments")).contains("Inspectors asked"),
                "no recommendation about something else is quoted: " + report);
    }

    @Test
    void notYetDueAndCannotTellDoNotFailTheRun() {
        Run run = run("check", CLI_CASES.resolve("not-yet-due-and-cannot-tell.json").toString(), "--as-of", AS_OF);

        assertEquals(ExitCodes.ALL_MET, run.exitCode(), run.err());
        assertTrue(flat(run.out()).contains("Due later (1 duty) - An open case has supervision recorded"), run.out());
        assertTrue(flat(run.out()).contains("Cannot tell: the record does not hold plans (actions)."), run.out());
    }

    @Test
    void jsonFormatCarriesTheAsOfDateRulesAndOutcomes() throws IOException {
        Run run = run("check", sample("01-child-in-need-plan-gaps.json"), "--as-of", AS_OF, "--format", "json");

        assertEquals(ExitCodes.SOME_NOT_MET, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("2026-11-23", report.get("asOf").asText());
        assertEquals(RuleSources.bundled().size(), report.get("rules").size());
        JsonNode amira = report.get("cases").get(0);
        assertEquals("SN-104233", amira.get("caseId").asText());
        assertEquals("NOT_MET", amira.get("outcome").asText());
        List<String> results = new ArrayList<>();
        amira.get("results").forEach(r -> results.add(r.get("rule").asText() + "=" + r.get("outcome").asText()));
        assertTrue(results.containsAll(List.of("adoption.family-finding-started=NOT_APPLICABLE",
                "missing.return-interview-offered=NOT_YET_DUE", "permanence.adoption-considered=NOT_APPLICABLE",
                "plans.specific=NOT_MET")), results.toString());
        assertEquals(RuleSources.bundled().size(), results.size(), "one result per rule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--as-of=2026-02-30", "--as-of=23/11/2026", "--colour", "--format=xml"})
    void aBadCommandLineIsAUsageError(String badOption) {
        Run run = run("check", sample("02-child-protection-plan-compliant.json"), badOption);

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        // An unknown option close to a known one (--colour, --collection-year) is answered with that one instead of the usage.
        assertTrue(run.err().contains("Usage: practice-check check") || run.err().contains("Possible solutions: --"), run.err());
        run.assertNoStackTrace();
    }

    @Test
    void anImpossibleAsOfDateIsExplainedInPlainWords() {
        Run run = run("check", sample("02-child-protection-plan-compliant.json"), "--as-of", "2026-02-30");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--as-of': '2026-02-30' is not a date: expected YYYY-MM-DD"),
                run.err());
    }

    @Test
    void noFileIsAUsageError() {
        Run run = run("check", "--as-of", AS_OF);

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed-json.json                 | malformed JSON at line 7
            review-date-not-a-date.json         | field reviews[1].date: 'last Tuesday' is not a valid date
            reviews-not-a-list.json             | field reviews: expected a list
            boolean-as-text.json                | field reviews[0].adoptionConsidered: expected true or false
            impossible-date-february-30.json    | field legalStatuses[0].start: '2026-02-30' is not a valid date
            impossible-date-month-13.json       | field plans[0].date: '2026-13-01' is not a valid date
            impossible-moment-february-30.json  | field missingEpisodes[0].end: '2026-02-30T09:00' is not a valid date and time
            unknown-enum-value.json             | field legalStatuses[1].status: 'SUPERVISION_ORDER' is not one of
            missing-case-id.json                | field caseId: required
            end-before-start.json               | field legalStatuses[1].end: ends (2026-03-01) before it starts
            missing-return-before-start.json    | field missingEpisodes[0].end: the child returned
            no-such-file.json                   | cannot read the file: it does not exist
            """)
    void anUnreadableRecordIsAnInputErrorNamingFileAndField(String file, String message) {
        String path = INPUT_ERRORS.resolve(file).toString();

        Run run = run("check", path, "--as-of", AS_OF);

        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        assertTrue(run.err().contains("practice-check: rejected " + path + " (record 1)"), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertTrue(run.out().contains("Rejected records (1) - not evaluated:"), run.out());
        run.assertNoStackTrace();
    }

    @Test
    void goodRecordsAreStillReportedBesideARejectedOne() {
        Run run = run("check", sample("02-child-protection-plan-compliant.json"),
                INPUT_ERRORS.resolve("two-cases-one-bad.json").toString(), "--as-of", AS_OF);

        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        assertTrue(run.out().contains("Read 3 records: 2 evaluated, 1 rejected."), run.out());
        assertTrue(run.out().contains("(case ARR-01)") || run.out().contains("Case ARR-01"), run.out());
        assertTrue(run.err().contains("two-cases-one-bad.json (record 2), field reviews[0].date:"), run.err());
    }

    @Test
    void unknownFieldsAreNotedInTheReportAndDoNotFailTheRun() {
        Run run = run("check", INPUT_ERRORS.resolve("unknown-fields.json").toString(), "--as-of", AS_OF);

        assertNotEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Note: unknown field 'reviews[0].chair' was ignored"), run.out());
    }

    @Test
    void aPolicyOverrideChangesTheDueDate() throws IOException {
        Path policy = temp.resolve("local-policy.json");
        Files.writeString(policy, """
                {"name": "Stockton local standards",
                 "timescales": {"missing.returnInterview.offer": {"amount": 24, "unit": "HOURS"}}}
                """);
        String amira = sample("01-child-in-need-plan-gaps.json");

        Run statutory = run("check", amira, "--as-of", AS_OF);
        Run local = run("check", amira, "--as-of", AS_OF, "--policy", policy.toString());

        assertTrue(flat(statutory.out()).contains("due 2026-11-24 18:30 (in 1 day)"), statutory.out());
        assertTrue(local.out().contains("with the policy \"Stockton local standards\""), local.out());
        assertTrue(flat(local.out()).contains("No record of return home interview offered; due by 2026-11-22 18:30 (24 hours after"
                + " return on 2026-11-21 18:30), 1 day overdue."), local.out());
    }

    @Test
    void aPolicyWithAnUnknownTimescaleIsAConfigurationError() throws IOException {
        Path policy = temp.resolve("misspelt.json");
        Files.writeString(policy, "{\"timescales\": {\"missing.returnInterview.ofer\": {\"amount\": 24, \"unit\": \"HOURS\"}}}");

        Run run = run("check", sample("02-child-protection-plan-compliant.json"), "--as-of", AS_OF, "--policy", policy.toString());

        assertEquals(ExitCodes.CONFIGURATION_ERROR, run.exitCode());
        assertTrue(run.err().contains("unknown timescale 'missing.returnInterview.ofer' (did you mean 'missing.returnInterview.offer'?)"),
                run.err());
        assertTrue(run.err().contains(policy.toString()), run.err());
        assertEquals("", run.out());
        run.assertNoStackTrace();
    }

    @Test
    void aPolicyFileThatIsNotThereIsAConfigurationError() {
        Run run = run("check", sample("02-child-protection-plan-compliant.json"), "--as-of", AS_OF,
                "--policy", temp.resolve("absent.json").toString());

        assertEquals(ExitCodes.CONFIGURATION_ERROR, run.exitCode());
        assertTrue(run.err().contains("absent.json"), run.err());
        run.assertNoStackTrace();
    }

    @Test
    void aBrokenRulesFolderIsAConfigurationErrorNamingTheFileAndLine() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("local-rules/plans"));
        Files.writeString(rules.resolve("broken.drl"), """
                package practicecheck.rules;

                rule "Broken"
                    @id("local.broken")
                when
                    $x : String( length >
                then
                end
                """);

        Run run = run("check", sample("02-child-protection-plan-compliant.json"), "--as-of", AS_OF,
                "--rules", temp.resolve("local-rules").toString());

        assertEquals(ExitCodes.CONFIGURATION_ERROR, run.exitCode());
        assertTrue(run.err().startsWith("The rules could not be loaded:"), run.err());
        assertTrue(Pattern.compile(Pattern.quote(rules.resolve("broken.drl").toString()) + ":[1-9]").matcher(run.err()).find(),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void aRulesFolderThatIsNotThereIsAConfigurationError() {
        Run run = run("check", sample("02-child-protection-plan-compliant.json"), "--as-of", AS_OF,
                "--rules", temp.resolve("no-rules-here").toString());

        assertEquals(ExitCodes.CONFIGURATION_ERROR, run.exitCode());
        assertTrue(run.err().contains("rules folder not found"), run.err());
    }
}
