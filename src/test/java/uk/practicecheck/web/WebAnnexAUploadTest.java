package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.annexa.AnnexAWorkbookWriter;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.cli.PracticeCheck;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.policy.PolicyLoader;

/**
 * Annex A workbooks uploaded to the API over a real socket: the report is the one
 * {@code check --annex-a} prints for the same file, and nothing is written to disk.
 */
class WebAnnexAUploadTest {
    static final Path SAMPLE = Path.of("samples/annex-a-sample.xlsx");
    static final String WORKBOOK_TYPE = Upload.Kind.WORKBOOK_TYPE;
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
    static final int LIMIT = 48 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Where the server would spool uploads, and where temporary files go while the no-disk test runs. */
    @TempDir
    static Path watched;
    @TempDir
    static Path workbooks;

    static WebServer server;
    static HttpClient client;
    static byte[] sample;
    static Path badWorkbook;
    static byte[] bad;

    @BeforeAll
    static void start() throws Exception {
        ReportService service = new ReportService(RuleBookCompiler.compile(RuleSources.bundled()),
                PolicyLoader.defaults(), RecommendationCatalogue.bundled());
        server = WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, LIMIT, watched),
                Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "test");
        client = HttpClient.newHttpClient();
        sample = Files.readAllBytes(SAMPLE);
        assertTrue(sample.length < LIMIT - 1024, "the sample fits in the upload limit with room for the form");
        badWorkbook = workbooks.resolve("bad.xlsx");
        AnnexAWorkbookWriter.write(badWorkbook, List.of(
                new AnnexAWorkbookWriter.SheetSpec("List 8 - Children in care", List.of("Child Unique ID",
                        "Date Started to be Looked After", "Placement Type", "Date of Latest Statutory Review",
                        "Allocated Team", "Allocated Worker"),
                        List.of(row("GOOD1", LocalDate.of(2025, 6, 2), "U4", LocalDate.of(2025, 6, 20), "Team A", "Worker 1"),
                                row("BAD1", LocalDate.of(2025, 6, 2), "U4", "31/02/2026", "Team A", "Worker 1"),
                                row("GOOD2", LocalDate.of(2025, 11, 3), "K2", null, "Team B", "Worker 2")))));
        bad = Files.readAllBytes(badWorkbook);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(String path, Multipart form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", form.contentType())
                .POST(form.publisher()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** What {@code check --annex-a FILE --format json} prints, its records named as the upload names them. */
    static JsonNode cliCheck(Path workbook, String uploadName) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PracticeCheck.run(new PrintWriter(out), new PrintWriter(err), "check", "--annex-a", workbook.toString(),
                "--as-of", AS_OF.toString(), "--format", "json");
        assertTrue(code <= 3, err.toString());
        return JSON.readTree(out.toString().replace("\"" + workbook + "\"", "\"" + uploadName + "\""));
    }

    static JsonNode renamed(JsonNode report, String from, String to) throws IOException {
        return JSON.readTree(report.toString().replace("\"" + from + "\"", "\"" + to + "\""));
    }

    /** Equal reports; on a difference, names the first part that differs rather than printing both whole. */
    static void assertSameReport(JsonNode expected, JsonNode actual) {
        List<String> parts = new ArrayList<>();
        expected.fieldNames().forEachRemaining(parts::add);
        actual.fieldNames().forEachRemaining(name -> {
            if (!parts.contains(name)) {
                parts.add(name);
            }
        });
        for (String part : parts) {
            JsonNode a = expected.path(part);
            JsonNode b = actual.path(part);
            if (a.isArray() && b.isArray()) {
                assertEquals(a.size(), b.size(), part + ": how many");
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(a.get(i), b.get(i), part + "[" + i + "]");
                }
            } else {
                assertEquals(a, b, part);
            }
        }
        assertEquals(expected, actual);
    }

    static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void theSampleWorkbookGivesTheReportCheckAnnexAGives() throws Exception {
        JsonNode expected = cliCheck(SAMPLE, "annex-a-sample.xlsx");
        assertEquals(200, expected.get("summary").get("evaluated").asInt());
        assertTrue(expected.get("summary").get("casesWithNotMet").asInt() > 0, "the comparison covers findings");

        JsonNode byName = ok(postForm("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "annex-a-sample.xlsx", "application/octet-stream", sample)));
        assertSameReport(expected, byName);
        assertTrue(java.util.stream.StreamSupport.stream(byName.get("cases").spliterator(), false)
                        .anyMatch(c -> c.get("warnings").size() > 0),
                "the warnings made reading the workbook (missing episodes, permanence plans) are in the report");

        JsonNode byType = ok(postForm("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "annex-a-sample", WORKBOOK_TYPE, sample)));
        assertSameReport(renamed(expected, "annex-a-sample.xlsx", "annex-a-sample"), byType);

        JsonNode rawBody = ok(post("/api/check?asOf=" + AS_OF, WORKBOOK_TYPE, sample));
        assertSameReport(renamed(expected, "annex-a-sample.xlsx", Uploads.RAW_BODY_NAME), rawBody);
    }

    @Test
    void aBadCellIsARejectedRecordNamingSheetRowAndColumnAsInCheckAnnexA() throws Exception {
        JsonNode expected = cliCheck(badWorkbook, "bad.xlsx");
        JsonNode report = ok(postForm("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "bad.xlsx", WORKBOOK_TYPE, bad)));
        assertSameReport(expected, report);

        assertEquals(3, report.get("summary").get("recordsRead").asInt());
        assertEquals(2, report.get("summary").get("evaluated").asInt());
        assertEquals(1, report.get("rejected").size(), report.toString());
        JsonNode rejection = report.get("rejected").get(0);
        assertEquals("bad.xlsx", rejection.get("file").asText());
        assertEquals(2, rejection.get("record").asInt(), "numbered in the workbook's order, as convert numbers it");
        assertEquals("List 8 - Children in care, row 3, column D (Date of Latest Statutory Review)",
                rejection.get("field").asText());
        assertTrue(rejection.get("reason").asText().startsWith("child BAD1: '31/02/2026' is not a date"), rejection.toString());
        assertEquals(3, WebServerApiTest.caseNamed(report, "GOOD2").get("source").get("record").asInt());
    }

    @Test
    void theAuditOfAWorkbookListsItsRejectionsAndCases() throws Exception {
        HttpResponse<String> audit = postForm("/api/audit?format=json", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "bad.xlsx", "", bad)
                .file("files", "annex-a-sample.xlsx", "", sample));
        JsonNode summary = ok(audit);
        assertEquals(202, summary.get("totals").get("evaluated").asInt());
        assertEquals(1, summary.get("totals").get("rejected").asInt());
        assertTrue(audit.body().contains("List 8 - Children in care, row 3, column D"), audit.body());

        HttpResponse<String> csv = post("/api/audit?format=csv&asOf=" + AS_OF, WORKBOOK_TYPE, sample);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("AA00001"), csv.body());
    }

    @Test
    void aWorkbookThatCannotBeReadIsAnsweredInWords() throws Exception {
        byte[] truncated = Arrays.copyOf(sample, sample.length / 2);
        HttpResponse<String> broken = postForm("/api/check", new Multipart().file("files", "broken.xlsx", WORKBOOK_TYPE,
                truncated));
        WebServerApiTest.assertReadableProblem(broken, 422, "No case could be read");
        assertTrue(detail(broken).startsWith("broken.xlsx (record 1): cannot read the workbook"), broken.body());

        HttpResponse<String> notZip = post("/api/check", WORKBOOK_TYPE, "caseId,team\nX,Y\n".getBytes(StandardCharsets.UTF_8));
        WebServerApiTest.assertReadableProblem(notZip, 422, "No case could be read");
        assertTrue(detail(notZip).contains("this is not an Excel workbook (.xlsx)"), notZip.body());

        Path noLists = workbooks.resolve("no-lists.xlsx");
        AnnexAWorkbookWriter.write(noLists, List.of(new AnnexAWorkbookWriter.SheetSpec("Sheet1",
                List.of("Name", "Date"), List.of(row("someone", LocalDate.of(2026, 1, 5))))));
        HttpResponse<String> empty = postForm("/api/check", new Multipart().file("files", "no-lists.xlsx", "",
                Files.readAllBytes(noLists)));
        WebServerApiTest.assertReadableProblem(empty, 422, "No case could be read");
        assertTrue(detail(empty).contains("no Annex A list was found in the workbook")
                && detail(empty).contains("(sheets: 'Sheet1')"), empty.body());

        HttpResponse<String> oldExcel = postForm("/api/check", new Multipart().file("files", "cases.xls",
                "application/vnd.ms-excel", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
        WebServerApiTest.assertReadableProblem(oldExcel, 415, "save it as an .xlsx workbook");
    }

    @Test
    void aWorkbookThatExpandsLikeAZipBombIsRefusedInWords() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            out.write(new byte[20 * 1024 * 1024]);
            out.closeEntry();
        }
        assertTrue(zip.size() < LIMIT, "small enough to upload: " + zip.size());
        HttpResponse<String> bomb = postForm("/api/check", new Multipart().file("files", "bomb.xlsx", WORKBOOK_TYPE,
                zip.toByteArray()));
        WebServerApiTest.assertReadableProblem(bomb, 422, "No case could be read");
        assertEquals("bomb.xlsx (record 1): cannot read the workbook (is it an .xlsx file?): Zip bomb detected! The file"
                + " would exceed the max. ratio of compressed file size to the size of the expanded data.", detail(bomb),
                "POI's first line only, without its advice to programmers");
    }

    private static String detail(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("details").get(0).asText();
    }

    @Test
    void aWorkbookOverTheUploadLimitIsRefused() throws Exception {
        byte[] big = Arrays.copyOf(sample, LIMIT + 1);
        WebServerApiTest.assertReadableProblem(post("/api/check", WORKBOOK_TYPE, big), 413, "the limit is");
        WebServerApiTest.assertReadableProblem(postForm("/api/check", new Multipart().file("files", "big.xlsx",
                WORKBOOK_TYPE, big)), 413, "the limit is");
    }

    /**
     * POI writes temporary files through its TempFile strategy (by default under java.io.tmpdir):
     * both are pointed at the watched folder, the strategy records every file asked for, and
     * workbooks are uploaded every way the server takes them.
     */
    @Test
    void workbookUploadsLeaveNothingOnDisk() throws Exception {
        String tmpdir = System.getProperty("java.io.tmpdir");
        List<String> asked = new ArrayList<>();
        TempFileCreationStrategy inWatched = new DefaultTempFileCreationStrategy(watched.toFile());
        System.setProperty("java.io.tmpdir", watched.toString());
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                asked.add(prefix + "*" + suffix);
                return inWatched.createTempFile(prefix, suffix);
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                asked.add(prefix + "/");
                return inWatched.createTempDirectory(prefix);
            }
        });
        try {
            ok(postForm("/api/check", new Multipart().field("asOf", AS_OF.toString())
                    .file("files", "annex-a-sample.xlsx", WORKBOOK_TYPE, sample)
                    .file("files", "bad.xlsx", WORKBOOK_TYPE, bad)));
            ok(post("/api/check?asOf=" + AS_OF, WORKBOOK_TYPE, sample));
            assertEquals(200, postForm("/api/audit?format=html", new Multipart().field("asOf", AS_OF.toString())
                    .file("files", "annex-a-sample.xlsx", "", sample)).statusCode());
            WebServerApiTest.assertReadableProblem(postForm("/api/check", new Multipart().file("files", "broken.xlsx", "",
                    Arrays.copyOf(sample, sample.length / 2))), 422, "No case could be read");
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
            System.setProperty("java.io.tmpdir", tmpdir);
        }
        assertEquals(List.of(), asked, "POI asked for temporary files");
        try (Stream<Path> left = Files.walk(watched)) {
            assertEquals(List.of(watched), left.toList());
        }
        assertFalse(Files.exists(watched.resolve("poifiles")));
    }
}
