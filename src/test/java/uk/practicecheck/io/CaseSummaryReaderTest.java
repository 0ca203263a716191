package uk.practicecheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.practicecheck.model.CaseSummary;

class CaseSummaryReaderTest {
    static final Path INPUT_ERRORS = Path.of("src/test/resources/input-errors");

    private final CaseSummaryReader reader = new CaseSummaryReader();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            review-date-not-a-date.json         | reviews[1].date                  | 'last Tuesday' is not a valid date
            reviews-not-a-list.json             | reviews                          | expected a list ([...])
            boolean-as-text.json                | reviews[0].adoptionConsidered    | expected true or false
            impossible-date-february-30.json    | legalStatuses[0].start           | '2026-02-30' is not a valid date
            impossible-date-month-13.json       | plans[0].date                    | '2026-13-01' is not a valid date
            impossible-moment-february-30.json  | missingEpisodes[0].end           | '2026-02-30T09:00' is not a valid date and time
            unknown-enum-value.json             | legalStatuses[1].status          | 'SUPERVISION_ORDER' is not one of CHILD_IN_NEED, CHILD_PROTECTION, LOOKED_AFTER, CARE_LEAVER
            missing-case-id.json                | caseId                           | required
            end-before-start.json               | legalStatuses[1].end             | ends (2026-03-01) before it starts (2026-04-01)
            missing-return-before-start.json    | missingEpisodes[0].end           | returned (2026-03-01T09:00) before going missing (2026-03-02T14:00)
            proceedings-concluded-before-issued.json | careProceedings[1].concluded | concluded (2026-06-30) before the application was issued (2026-07-01)
            """)
    void aBadFieldIsRejectedNamingTheFileAndTheField(String file, String field, String reason) {
        Rejection rejection = onlyRejection(reader.readFile(INPUT_ERRORS.resolve(file)));

        assertEquals(field, rejection.field());
        assertTrue(rejection.reason().contains(reason), rejection.reason());
        String line = rejection.describe();
        assertTrue(line.contains(INPUT_ERRORS.resolve(file).toString()), line);
        assertTrue(line.contains("field " + field + ":"), line);
    }

    @Test
    void eventsRecordedWithoutTheirDatesAreAcceptedAndKeptInTheirPlace() {
        String json = "{\"caseId\": \"UND-1\", \"reviews\": [{\"type\": \"LOOKED_AFTER\", \"date\": \"2026-01-05\"},"
                + " {\"type\": \"LOOKED_AFTER\"}, {\"type\": \"LOOKED_AFTER\", \"date\": null}],"
                + " \"visits\": [{\"type\": \"LOOKED_AFTER\"}], \"strategyDiscussions\": [{\"policeAttended\": true}],"
                + " \"section47Enquiries\": [{\"icpcRequired\": true}], \"conferences\": [{\"type\": \"INITIAL\"}],"
                + " \"referrals\": [{}], \"assessments\": [{}], \"plans\": [{\"type\": \"CARE\"}],"
                + " \"missingEpisodes\": [{\"end\": \"2026-03-02T10:00\"}], \"closures\": [{}],"
                + " \"healthAssessments\": [{\"type\": \"INITIAL\"}], \"educationPlans\": [{}], \"managementOversight\": [{}],"
                + " \"heldFrom\": {\"visits\": \"2026-04-01\"}}";
        ReadResult result = reader.read(json.getBytes(StandardCharsets.UTF_8), new RecordSource("inline.json", 1));

        CaseSummary summary = assertInstanceOf(ReadResult.Ok.class, result, () -> result.toString()).parsed().summary();
        assertEquals(3, summary.getReviews().size(), "review 2 stays review 2");
        assertNull(summary.getReviews().get(1).getDate());
        assertEquals(java.time.LocalDate.parse("2026-04-01"), summary.heldFrom("visits.date"));
    }

    @Test
    void aPlacementStillNeedsItsStart() {
        assertEquals("placements[0].start", rejectionOf("{\"caseId\": \"A-1\", \"placements\": [{\"type\": \"FOSTER_CARE\"}]}").field());
    }

    @Test
    void malformedJsonIsReportedAsSuchWithItsLineNotAsAFieldOfTheWrongType() {
        Rejection rejection = onlyRejection(reader.readFile(INPUT_ERRORS.resolve("malformed-json.json")));

        assertNull(rejection.field());
        assertTrue(rejection.reason().startsWith("malformed JSON at line 7, column"), rejection.reason());
        assertTrue(rejection.describe().contains("malformed-json.json"), rejection.describe());
    }

    @Test
    void unknownFieldsAreWarningsNamingTheirPathAndTheCaseIsStillRead() {
        List<ReadResult> results = reader.readFile(INPUT_ERRORS.resolve("unknown-fields.json"));

        ParsedCase parsed = assertInstanceOf(ReadResult.Ok.class, results.get(0)).parsed();
        assertEquals(List.of("unknown field 'ethnicity' was ignored", "unknown field 'reviews[0].chair' was ignored"),
                parsed.warnings());
        assertEquals("WARN-01", parsed.summary().getCaseId());
        assertEquals(1, parsed.summary().getReviews().size());
    }

    @Test
    void warningsAlreadyKnownAboutARecordComeFirstInItsCasesWarnings() {
        byte[] json = "{\"schemaVersion\":\"1\",\"caseId\":\"KNOWN-01\",\"ethnicity\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8);
        RecordSource source = new RecordSource("workbook.xlsx", 4);

        ReadResult read = reader.read(new RawRecord.Text(source, json,
                List.of("List 8 - Children in care, row 2 disagrees", "a second note")));

        ParsedCase parsed = assertInstanceOf(ReadResult.Ok.class, read).parsed();
        assertEquals(List.of("List 8 - Children in care, row 2 disagrees", "a second note",
                "unknown field 'ethnicity' was ignored"), parsed.warnings());
        assertEquals(source, parsed.source());
        assertEquals(List.of("unknown field 'ethnicity' was ignored"),
                ((ReadResult.Ok) reader.read(new RawRecord.Text(source, json))).parsed().warnings(),
                "JSON text alone has only its own warnings");
    }

    @Test
    void aBadRecordInAnArrayIsRejectedByNumberAndTheOthersAreRead() {
        List<ReadResult> results = reader.readFile(INPUT_ERRORS.resolve("two-cases-one-bad.json"));

        assertEquals(2, results.size());
        assertEquals("ARR-01", assertInstanceOf(ReadResult.Ok.class, results.get(0)).parsed().summary().getCaseId());
        Rejection rejection = assertInstanceOf(ReadResult.Rejected.class, results.get(1)).rejection();
        assertEquals(2, rejection.source().record());
        assertEquals("reviews[0].date", rejection.field());
        assertTrue(rejection.describe().contains("(record 2), field reviews[0].date:"), rejection.describe());
    }

    @Test
    void aFileThatDoesNotExistIsRejectedNotThrown() {
        Rejection rejection = onlyRejection(reader.readFile(INPUT_ERRORS.resolve("no-such-case.json")));

        assertEquals("cannot read the file: it does not exist", rejection.reason());
        assertTrue(rejection.describe().contains("no-such-case.json"));
    }

    @Test
    void anEmptyFileIsRejected() throws Exception {
        Path empty = java.nio.file.Files.createTempFile("empty-case", ".json");
        try {
            assertEquals("the file is empty", onlyRejection(reader.readFile(empty)).reason());
        } finally {
            java.nio.file.Files.delete(empty);
        }
    }

    @Test
    void textAfterTheCaseIsMalformed() {
        Rejection rejection = rejectionOf("{\"caseId\": \"A-1\"} {\"caseId\": \"A-2\"}");

        assertNull(rejection.field());
        assertTrue(rejection.reason().startsWith("malformed JSON at line 1"), rejection.reason());
    }

    @Test
    void aFieldGivenTwiceIsRejectedRatherThanSilentlyTakingTheLast() {
        Rejection rejection = rejectionOf("{\"caseId\": \"A-1\", \"caseId\": \"A-2\"}");

        assertTrue(rejection.reason().contains("caseId"), rejection.reason());
    }

    @Test
    void aRecordThatIsNotAnObjectIsRejected() {
        assertEquals("expected a case summary object ({...}), found string", rejectionOf("\"A-1\"").reason());
    }

    @Test
    void anObjectWhereTextIsExpectedIsRejected() {
        Rejection rejection = rejectionOf("{\"caseId\": \"A-1\", \"worker\": {\"name\": \"Hannah Morley\"}}");

        assertEquals("worker", rejection.field());
        assertEquals("expected text here", rejection.reason());
    }

    @Test
    void aNumberWhereYesOrNoIsExpectedIsRejected() {
        Rejection rejection = rejectionOf("{\"caseId\": \"A-1\", \"reviews\": [{\"type\": \"LOOKED_AFTER\","
                + " \"date\": \"2026-01-30\", \"fosterToAdoptConsidered\": 1}]}");

        assertEquals("reviews[0].fosterToAdoptConsidered", rejection.field());
        assertTrue(rejection.reason().contains("true or false"), rejection.reason());
    }

    /** Extracts often hold case numbers as numbers; Jackson reads a number as text, and so do we. */
    @Test
    void aNumberWhereTextIsExpectedIsReadAsItsDigits() {
        List<ReadResult> results = reader.readFile(INPUT_ERRORS.resolve("number-for-text.json"));

        CaseSummary summary = assertInstanceOf(ReadResult.Ok.class, results.get(0)).parsed().summary();
        assertEquals("4471", summary.getWorker());
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        byte[] json = ("\uFEFF{\"caseId\": \"BOM-1\"}").getBytes(StandardCharsets.UTF_8);

        ReadResult result = reader.read(json, new RecordSource("bom.json", 1));

        assertEquals("BOM-1", assertInstanceOf(ReadResult.Ok.class, result).parsed().summary().getCaseId());
    }

    private Rejection rejectionOf(String json) {
        ReadResult result = reader.read(json.getBytes(StandardCharsets.UTF_8), new RecordSource("inline.json", 1));
        return assertInstanceOf(ReadResult.Rejected.class, result, () -> "expected a rejection of " + json).rejection();
    }

    private static Rejection onlyRejection(List<ReadResult> results) {
        assertEquals(1, results.size());
        return assertInstanceOf(ReadResult.Rejected.class, results.get(0)).rejection();
    }
}
