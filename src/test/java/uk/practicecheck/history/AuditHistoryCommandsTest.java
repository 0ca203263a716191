package uk.practicecheck.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.cli.ExitCodes;
import uk.practicecheck.cli.PracticeCheck;
import uk.practicecheck.indicator.IndicatorCatalogue;

/** {@code audit --history} and the {@code history} commands end to end, on a SQLite file. */
class AuditHistoryCommandsTest {
    private static final Path COHORT = Path.of("src/test/resources/audit/cohort.ndjson");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The cohort mixes in records that cannot be read, so a complete audit of it exits 3. */
    private static final int AUDITED = 3;

    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PracticeCheck.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run audit(Path db, String asOf, String... more) {
        List<String> args = new ArrayList<>(List.of("audit", COHORT.toString(), "--as-of", asOf, "--format", "json",
                "--out", folder.resolve("report-" + asOf + ".json").toString(), "--history=" + db));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void twoAuditsAreRecordedListedAndCompared() throws Exception {
        Path db = folder.resolve("history.db");
        Run first = audit(db, "2026-06-01");
        Run second = audit(db, "2026-07-01");

        assertEquals(AUDITED, first.exitCode(), first.err());
        assertTrue(first.err().contains("recorded as run 1 in the history " + db), first.err());
        assertTrue(second.err().contains("recorded as run 2"), second.err());
        assertTrue(first.err().matches("(?s).*recorded as run 1 in the history .* \\(31 cases in \\d+\\.\\d s\\)\n.*"),
                "how many cases the run holds and how long writing it took: " + first.err());
        Run list = run("history", "--db", db.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("2 runs"), list.out());
        assertTrue(list.out().contains("2026-06-01") && list.out().contains("2026-07-01"), list.out());

        JsonNode runs = JSON.readTree(run("history", "--db", db.toString(), "--format", "json").out()).get("runs");
        JsonNode report = JSON.readTree(folder.resolve("report-2026-06-01.json").toFile()).get("totals");
        assertEquals(report.get("evaluated").asLong(), runs.get(0).get("evaluated").asLong());
        assertEquals(report.get("recordsRead").asLong(), runs.get(0).get("recordsRead").asLong());
        assertEquals(64, runs.get(0).get("ruleBookHash").asText().length());
        assertEquals(runs.get(0).get("ruleBookHash"), runs.get(1).get("ruleBookHash"));

        Run compare = run("history", "compare", "--db", db.toString(), "--format", "json");
        assertEquals(0, compare.exitCode(), compare.err());
        JsonNode c = JSON.readTree(compare.out());
        assertEquals(1, c.get("before").get("run").asInt());
        assertEquals(2, c.get("after").get("run").asInt());
        assertEquals(0, c.get("cautions").size(), c.toString());
        assertTrue(c.get("newlyNotMet").get("count").asInt() + c.get("stillOutstanding").get("count").asInt() > 0,
                c.toString());
        Run text = run("history", "compare", "1", "2", "--db", db.toString());
        assertTrue(text.out().startsWith("Changes from run 1 (as of 2026-06-01) to run 2 (as of 2026-07-01)"), text.out());
        assertTrue(text.out().contains("Still outstanding (not met in both): "), text.out());
    }

    @Test
    void everyReportShowsEachRateBesideItsFigureAtTheLastAudit() throws Exception {
        Path db = folder.resolve("history.db");
        Path first = folder.resolve("first.txt");
        run("audit", COHORT.toString(), "--as-of", "2026-06-01", "--out", first.toString(), "--history=" + db);
        Map<String, Path> reports = new java.util.LinkedHashMap<>();
        for (String format : List.of("text", "md", "html", "json", "xlsx")) {
            Path report = folder.resolve("second." + format);
            run("audit", COHORT.toString(), "--as-of", "2026-07-01", "--format", format, "--out", report.toString(),
                    "--history=" + db);
            reports.put(format, report);
        }

        assertFalse(Files.readString(first).contains("Since the last audit"), "nothing to compare the first with");
        // Each audit is compared with the one recorded before it: the text with run 1, the Markdown with run 2, ...
        String text = Files.readString(reports.get("text"));
        assertTrue(text.contains("Since the last audit: run 1 in the history, as of 2026-06-01. Compliance over all rules: "),
                text);
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("lookedafter.reviews-on-time ") && l.contains(" points ")), text);
        assertTrue(text.contains("    last audit: "), "each indicator beside its figure then: " + text);
        String markdown = Files.readString(reports.get("md"));
        assertTrue(markdown.contains("Since the last audit: run 2 in the history, as of 2026-07-01."), markdown);
        assertTrue(markdown.contains("| Indicator | You | Last audit | Change | The inspectors reported |"), markdown);
        assertTrue(markdown.contains("| 0.0 points |"), "the same cohort on the same date has not moved: " + markdown);
        String html = Files.readString(reports.get("html"));
        assertTrue(html.contains("<p id=\"since-last-audit\">Since the last audit: run 3 in the history"), html);
        assertTrue(html.contains("<th>Last audit</th>") || html.contains(">Last audit</th>"), html);
        JsonNode json = JSON.readTree(reports.get("json").toFile()).get("sinceLastAudit");
        assertEquals(4, json.get("run").asInt(), json.toString());
        assertEquals(0.0, json.get("compliance").get("changePoints").asDouble(), json.toString());
        JsonNode reviews = json.get("indicators").get(0);
        assertEquals("lac-reviews-in-time", reviews.get("id").asText());
        assertEquals(reviews.get("now").asDouble(), reviews.get("lastAudit").asDouble());
        assertEquals("0.0 points", reviews.get("shownChange").asText(), reviews.toString());
        String workbook = uk.practicecheck.audit.XlsxDump.of(Files.readAllBytes(reports.get("xlsx")));
        assertTrue(workbook.contains("=text:Compliance at the last audit (run 5 in the history, as of 2026-07-01)"), workbook);
        assertTrue(workbook.contains("=text:Last audit | "), "the By rule and By team sheets have the column: " + workbook);
        assertTrue(workbook.contains("C2=percent:") && workbook.contains("C1=text:Last audit | D1=text:Change"),
                "the indicators sheet has it beside You: " + workbook);
        Run csv = run("audit", COHORT.toString(), "--as-of", "2026-07-01", "--format", "csv", "--rows", "indicators",
                "--history=" + db);
        List<String> lines = csv.out().lines().toList();
        assertTrue(lines.get(0).endsWith(",inspectors_reported,last_audit_value,last_audit_shown,change"), lines.get(0));
        String reviewsRow = lines.stream().filter(l -> l.startsWith("overall,lac-reviews-in-time,")).findFirst().orElseThrow();
        assertTrue(reviewsRow.matches(".*,[0-9.]+,[0-9.]+%,0\\.0"), "the same cohort on the same date: " + reviewsRow);
    }

    @Test
    void theHistoryHoldsNoNameAndNoDateOfBirth() throws Exception {
        Path db = folder.resolve("history.db");
        assertEquals(AUDITED, audit(db, "2026-06-01").exitCode());
        List<String> names = new ArrayList<>();
        List<String> births = new ArrayList<>();
        for (String line : Files.readAllLines(COHORT, StandardCharsets.UTF_8)) {
            try {
                JsonNode c = JSON.readTree(line);
                if (c.hasNonNull("childName")) {
                    names.add(c.get("childName").asText());
                }
                if (c.hasNonNull("dateOfBirth")) {
                    births.add(c.get("dateOfBirth").asText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // the cohort mixes in broken lines on purpose
            }
        }
        assertTrue(names.size() > 20 && births.size() > 20, names + " " + births);

        try (History history = History.openExisting(HistoryLocation.resolve(db.toString(), Map.of()))) {
            List<String> values = HistoryTables.allValues(history);
            assertTrue(values.contains("SYN-00000001"), "case ids are kept as given");
            for (String value : values) {
                for (String name : names) {
                    assertFalse(value.contains(name), "a child's name is in the history: " + value);
                }
                for (String birth : births) {
                    assertFalse(value.contains(birth), "a date of birth is in the history: " + value);
                }
            }
        }
        byte[] file = Files.readAllBytes(db);
        String raw = new String(file, StandardCharsets.ISO_8859_1);
        for (String name : names) {
            assertFalse(raw.contains(name), "a child's name is in the file's bytes: " + name);
        }
    }

    @Test
    void aPseudonymisedAuditRecordsPseudonymsOnly() throws Exception {
        Path db = folder.resolve("history.db");
        Path key = folder.resolve("key");
        Files.writeString(key, "a secret key for the test");
        assertEquals(AUDITED, audit(db, "2026-06-01", "--pseudonymise", "--pseudonym-key-file", key.toString()).exitCode());

        try (History history = History.openExisting(HistoryLocation.resolve(db.toString(), Map.of()))) {
            List<String> values = HistoryTables.allValues(history);
            assertFalse(values.stream().anyMatch(v -> v.contains("SYN-0000")), "no case id survives");
            assertFalse(values.stream().anyMatch(v -> v.contains("cohort.ndjson")), "no file name survives");
            assertTrue(values.stream().anyMatch(v -> v.matches("F-[0-9a-f]{12}")), "the input is named by its pseudonym");
            assertTrue(history.runs().get(0).pseudonymised());
        }
    }

    @Test
    void aFileThatIsNotAHistoryIsRefusedAndLeftAlone() throws Exception {
        Path notHistory = folder.resolve("cases.db");
        Files.writeString(notHistory, "{\"caseId\": \"not a database at all\"}\n".repeat(200));
        byte[] before = Files.readAllBytes(notHistory);

        Run audit = audit(notHistory, "2026-06-01");
        Run list = run("history", "--db", notHistory.toString());

        assertEquals(4, audit.exitCode(), audit.err());
        assertTrue(audit.err().contains("is not a practice-check history, or it is damaged"), audit.err());
        assertEquals(4, list.exitCode());
        assertArrayEquals(before, Files.readAllBytes(notHistory));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE addresses (name TEXT)");
            statement.execute("INSERT INTO addresses VALUES ('someone')");
        }
        byte[] before = Files.readAllBytes(other);

        Run audit = audit(other, "2026-06-01");

        assertEquals(4, audit.exitCode(), audit.err());
        assertTrue(audit.err().contains("is not a practice-check history"), audit.err());
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void aHistoryFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path db = folder.resolve("history.db");
        assertEquals(AUDITED, audit(db, "2026-06-01").exitCode());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__from_the_future.sql', 0, 'test', 0, 1)");
        }
        byte[] before = Files.readAllBytes(db);

        Run audit = audit(db, "2026-07-01");
        Run list = run("history", "--db", db.toString());

        assertEquals(4, audit.exitCode(), audit.err());
        assertTrue(audit.err().contains("was written by a newer version of practice-check (its schema is at version 99"),
                audit.err());
        assertEquals(4, list.exitCode());
        assertTrue(list.err().contains("newer version"), list.err());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void readingAHistoryThatDoesNotExistSaysSoAndCreatesNothing() {
        Path db = folder.resolve("nowhere.db");

        Run list = run("history", "--db", db.toString());

        assertEquals(4, list.exitCode());
        assertTrue(list.err().contains("There is no history at " + db + " yet"), list.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void aPasswordOnTheCommandLineIsRefused() {
        Run audit = run("audit", COHORT.toString(), "--history", "jdbc:postgresql://127.0.0.1/history?user=qa&password=secret");

        assertEquals(4, audit.exitCode());
        assertTrue(audit.err().contains("must not contain a password"), audit.err());
        assertFalse(audit.err().contains("secret"), audit.err());
    }

    @Test
    void aTrendIsWrittenAsTextJsonCsvAndAChart() throws Exception {
        Path db = folder.resolve("history.db");
        audit(db, "2026-06-01");
        audit(db, "2026-07-01");

        Run text = run("history", "trend", "--db", db.toString(), "--rule", "lookedafter.reviews-on-time");
        Run json = run("history", "trend", "--db", db.toString(), "--team", "Child Protection 2", "--format", "json");
        Run csv = run("history", "trend", "--db", db.toString(), "--format", "csv");
        Path page = folder.resolve("trend.html");
        Run html = run("history", "trend", "--db", db.toString(), "--format", "html", "--out", page.toString());

        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("Over time: compliance, rule lookedafter.reviews-on-time, population \"all cases\""),
                text.out());
        JsonNode points = JSON.readTree(json.out()).get("points");
        assertEquals(2, points.size());
        assertEquals("compliance, team Child Protection 2", JSON.readTree(json.out()).get("metric").asText());
        assertEquals(3, csv.out().lines().count(), csv.out());
        assertTrue(csv.out().startsWith("run,as_of,recorded_at,metric,unit,value,shown,from,notes"), csv.out());
        String indicator = IndicatorCatalogue.bundled().definitions().get(0).id();
        JsonNode indicatorTrend = JSON.readTree(run("history", "trend", "--db", db.toString(), "--indicator", indicator,
                "--format", "json").out());
        assertEquals("indicator " + indicator, indicatorTrend.get("metric").asText());
        assertEquals(2, indicatorTrend.get("points").size());
        assertTrue(indicatorTrend.get("points").get(0).has("shown"), indicatorTrend.toString());
        assertEquals(0, html.exitCode(), html.err());
        String chart = Files.readString(page);
        assertTrue(chart.contains("<svg") && chart.contains("<path d=\"M"), chart);
        assertFalse(chart.contains("<script"), "no scripts in the page");
    }

    @Test
    void aTrendOfSomethingNoRunRecordedIsRefusedWithTheNearestName() throws Exception {
        Path db = folder.resolve("history.db");
        audit(db, "2026-06-01");

        Run rule = run("history", "trend", "--db", db.toString(), "--rule", "lookedafter.review-on-time");
        Run team = run("history", "trend", "--db", db.toString(), "--team", "Child Protection2");
        Run population = run("history", "trend", "--db", db.toString(), "--population", "all case");

        assertEquals(ExitCodes.CONFIGURATION_ERROR, rule.exitCode(), rule.out());
        assertEquals("", rule.out(), "no table of 'not in this run' rows");
        assertTrue(rule.err().contains("recorded rule lookedafter.review-on-time (did you mean "
                + "'lookedafter.reviews-on-time'?)"), rule.err());
        assertEquals(ExitCodes.CONFIGURATION_ERROR, team.exitCode(), team.out());
        assertTrue(team.err().contains("(did you mean 'Child Protection 2'?)"), team.err());
        assertEquals(ExitCodes.CONFIGURATION_ERROR, population.exitCode(), population.out());
        assertTrue(population.err().contains("no runs of the population \"all case\" (did you mean 'all cases'?)"),
                population.err());
    }
}
