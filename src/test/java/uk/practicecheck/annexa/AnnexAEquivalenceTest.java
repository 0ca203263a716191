package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.cli.PracticeCheck;
import uk.practicecheck.engine.CaseEvaluator;
import uk.practicecheck.engine.CaseResult;
import uk.practicecheck.engine.RuleBookException;
import uk.practicecheck.io.CaseSummaryReader;
import uk.practicecheck.io.ParsedCase;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.RecordSource;
import uk.practicecheck.policy.PolicyLoader;

/** The workbook and the NDJSON converted from it are the same cases: the rules find the same. */
class AnnexAEquivalenceTest {
    static final Path SAMPLE = Path.of("samples/annex-a-sample.xlsx");
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;

    @Test
    void findingsFromTheWorkbookEqualFindingsFromItsNdjson() throws Exception {
        Path ndjson = dir.resolve("sample.ndjson");
        StringWriter err = new StringWriter();
        int code = PracticeCheck.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "convert", "--annex-a", SAMPLE.toString(), "--to", "ndjson", "--out", ndjson.toString());
        assertEquals(0, code, err.toString());

        List<ParsedCase> fromWorkbook = ok(AnnexAWorkbook.cases(SAMPLE));
        List<ParsedCase> fromNdjson = readNdjson(ndjson);
        assertEquals(200, fromWorkbook.size());
        assertEquals(fromWorkbook.size(), fromNdjson.size());

        List<CaseResult> workbookResults = evaluate(fromWorkbook);
        List<CaseResult> ndjsonResults = evaluate(fromNdjson);
        for (int i = 0; i < workbookResults.size(); i++) {
            CaseResult a = workbookResults.get(i);
            CaseResult b = ndjsonResults.get(i);
            assertEquals(a.caseId(), b.caseId());
            assertEquals(a.team(), b.team());
            assertEquals(a.worker(), b.worker());
            assertEquals(a.rules(), b.rules(), "findings of " + a.caseId());
        }
        assertTrue(workbookResults.stream().anyMatch(r -> r.rules().stream()
                .anyMatch(x -> x.outcome() != uk.practicecheck.engine.Outcome.NOT_APPLICABLE)),
                "the comparison would prove nothing if no rule applied");
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorMakes() throws IOException {
        Path again = dir.resolve("again.xlsx");
        StringWriter err = new StringWriter();
        int code = PracticeCheck.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "generate-annex-a", "--children", "200", "--seed", "1", "--out", again.toString());
        assertEquals(0, code, err.toString());
        assertEquals(ndjson(SAMPLE), ndjson(again));
    }

    private String ndjson(Path workbook) throws IOException {
        Path out = dir.resolve(workbook.getFileName() + ".ndjson");
        PracticeCheck.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "convert", "--annex-a", workbook.toString(), "--out", out.toString());
        return Files.readString(out);
    }

    private static List<CaseResult> evaluate(List<ParsedCase> cases) throws IOException, RuleBookException {
        List<CaseResult> results = new ArrayList<>();
        try (CaseEvaluator evaluator = new CaseEvaluator(TestRuleBooks.projectRules(), PolicyLoader.defaults())) {
            for (ParsedCase c : cases) {
                results.add(evaluator.evaluate(c.summary(), AS_OF, c.source(), c.warnings()));
            }
        }
        return results;
    }

    private static List<ParsedCase> readNdjson(Path file) throws IOException {
        CaseSummaryReader reader = new CaseSummaryReader();
        List<ReadResult> records = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            records.add(reader.read(lines.get(i).getBytes(StandardCharsets.UTF_8), new RecordSource(file.toString(), i + 1L)));
        }
        List<ParsedCase> cases = ok(records);
        cases.forEach(c -> assertEquals(List.of(), c.warnings(), "the JSON has no field the reader does not know"));
        return cases;
    }

    private static List<ParsedCase> ok(List<ReadResult> records) {
        List<ParsedCase> cases = new ArrayList<>();
        for (ReadResult record : records) {
            if (record instanceof ReadResult.Rejected rejected) {
                throw new AssertionError(rejected.rejection().describe());
            }
            cases.add(((ReadResult.Ok) record).parsed());
        }
        return cases;
    }
}
