package uk.practicecheck.web;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.io.CaseInput;
import uk.practicecheck.policy.PolicyLoader;
import uk.practicecheck.report.JsonReportWriter;

/** The JSON API over a real socket on a free loopback port. */
class WebServerApiTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final int LIMIT = 64 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path spool;

    static RuleBook ruleBook;
    static WebServer server;
    static HttpClient client;
    static byte[] cases;

    @BeforeAll
    static void start() throws Exception {
        ruleBook = TestRuleBooks.projectRules();
        ReportService service = new ReportService(ruleBook, PolicyLoader.defaults(), RecommendationCatalogue.bundled());
        server = WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, LIMIT, spool),
                Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "test");
        client = HttpClient.newHttpClient();
        cases = WebServerApiTest.class.getResourceAsStream("/web-uploads/cases.ndjson").readAllBytes();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(String path, Multipart form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", form.contentType())
                .POST(form.publisher()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode caseNamed(JsonNode report, String caseId) {
        for (JsonNode c : report.get("cases")) {
            if (caseId.equals(c.get("caseId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no case " + caseId + " in " + report);
    }

    static String outcome(JsonNode aCase, String ruleId) {
        for (JsonNode r : aCase.get("results")) {
            if (ruleId.equals(r.get("rule").asText())) {
                return r.get("outcome").asText();
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    static void assertReadableProblem(HttpResponse<String> response, int status, String words) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("message").asText().contains(words), body.toString());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("at uk.") || response.body().contains("at io."), response.body());
    }

    @Test
    void healthSaysHowManyRulesAreLoaded() throws Exception {
        HttpResponse<String> response = get("/api/health");
        assertEquals(200, response.statusCode());
        JsonNode health = JSON.readTree(response.body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(ruleBook.rules().size(), health.get("rules").asInt());
        assertEquals(LIMIT, health.get("maxUploadBytes").asInt());
    }

    @Test
    void rulesListEveryRuleWithTheRecommendationWordsAndSource() throws Exception {
        HttpResponse<String> response = get("/api/rules");
        assertEquals(200, response.statusCode());
        JsonNode rules = JSON.readTree(response.body()).get("rules");
        assertEquals(ruleBook.rules().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo expected = ruleBook.rules().get(i);
            JsonNode rule = rules.get(i);
            assertEquals(expected.id(), rule.get("id").asText());
            assertEquals(expected.recommendationIds().size(), rule.get("recommendations").size());
            assertEquals(expected.statutory().size(), rule.get("statutory").size());
            for (int r = 0; r < expected.recommendationIds().size(); r++) {
                JsonNode recommendation = rule.get("recommendations").get(r);
                assertEquals(expected.recommendationIds().get(r), recommendation.get("id").asText());
                assertFalse(recommendation.get("text").asText().isBlank());
                assertFalse(recommendation.get("report").asText().isBlank());
            }
            for (int s = 0; s < expected.statutory().size(); s++) {
                JsonNode source = rule.get("statutory").get(s);
                assertEquals(expected.statutory().get(s), source.get("key").asText());
                assertFalse(source.get("source").asText().isBlank(), () -> expected.id() + " cites a source the policy lacks");
            }
        }
    }

    @Test
    void aRuleNoRecommendationAsksForCitesItsStatutorySourceInTheApi() throws Exception {
        JsonNode rules = JSON.readTree(get("/api/rules").body()).get("rules");
        JsonNode reviews = null;
        for (JsonNode rule : rules) {
            if ("lookedafter.reviews-on-time".equals(rule.get("id").asText())) {
                reviews = rule;
            }
        }
        assertEquals(0, reviews.get("recommendations").size());
        assertTrue(reviews.get("statutory").get(0).get("source").asText()
                .startsWith("Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33"), reviews::toString);
    }

    @Test
    void checkOfAnNdjsonBodyGivesTheCliReportShape() throws Exception {
        HttpResponse<String> response = post("/api/check?asOf=2026-06-01", "application/x-ndjson", cases);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());

        JsonNode expected = JSON.readTree(cliReport(TestUploads.inputs(
                List.of(new Upload(Uploads.RAW_BODY_NAME, "application/x-ndjson", cases))), AS_OF));
        assertEquals(expected, report);

        assertEquals(JsonReportWriter.FORMAT_VERSION, report.get("formatVersion").asText());
        assertEquals("2026-06-01", report.get("asOf").asText());
        assertEquals(5, report.get("summary").get("recordsRead").asInt());
        assertEquals(4, report.get("summary").get("evaluated").asInt());
        assertEquals(1, report.get("rejected").size());
        JsonNode rejection = report.get("rejected").get(0);
        assertEquals(6, rejection.get("record").asInt(), "records are numbered by line, blank lines counted");
        assertEquals("legalStatuses[0].start", rejection.get("field").asText());
        assertEquals("NOT_MET", outcome(caseNamed(report, "WEB-001"), "missing.return-interview-offered"));
        assertEquals("MET", outcome(caseNamed(report, "WEB-002"), "missing.return-interview-offered"));
        assertEquals("NOT_MET", outcome(caseNamed(report, "WEB-003"), "plans.specific"));
        assertEquals("CANNOT_TELL", outcome(caseNamed(report, "WEB-004"), "missing.return-interview-offered"));
    }

    @Test
    void auditGivesTheAggregatedReportInEachFormatAsADownload() throws Exception {
        HttpResponse<String> json = post("/api/audit?asOf=2026-06-01", "application/x-ndjson", cases);
        assertEquals(200, json.statusCode(), json.body());
        JsonNode summary = JSON.readTree(json.body());
        assertTrue(json.body().contains("WEB-001"), "the cases needing action are listed");
        assertEquals(4, summary.findValue("evaluated").asInt(), json.body());
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").contains("practice-check-audit-2026-06-01.json"));

        HttpResponse<String> html = post("/api/audit?format=html&asOf=2026-06-01", "application/x-ndjson", cases);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<html"), html.body());

        Multipart form = new Multipart().field("asOf", "2026-06-01").file("files", "cases.ndjson", "", cases);
        HttpResponse<String> csv = postForm("/api/audit?format=csv", form);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("WEB-001") && csv.body().contains("missing.return-interview-offered"), csv.body());

        assertReadableProblem(post("/api/audit?format=pdf", "application/x-ndjson", cases), 400, "not offered");
        assertReadableProblem(post("/api/audit", "application/json", "[1,".getBytes(StandardCharsets.UTF_8)), 422,
                "No case could be read");
    }

    @Test
    void theAsOfDateDecidesWhatIsDueAndDefaultsToToday() throws Exception {
        JsonNode early = JSON.readTree(post("/api/check?asOf=2026-03-03", "application/x-ndjson", cases).body());
        assertEquals("NOT_YET_DUE", outcome(caseNamed(early, "WEB-001"), "missing.return-interview-offered"));

        JsonNode today = JSON.readTree(post("/api/check", "application/x-ndjson", cases).body());
        assertEquals("2026-06-01", today.get("asOf").asText());
    }

    @Test
    void checkReadsEveryFileOfAMultipartFormWithTheAsOfField() throws Exception {
        String[] lines = new String(cases, StandardCharsets.UTF_8).split("\n");
        byte[] array = ("[" + lines[0] + "," + lines[1] + "]").getBytes(StandardCharsets.UTF_8);
        Multipart form = new Multipart()
                .field("asOf", "2026-03-03")
                .file("files", "two-cases.json", "application/json", array)
                .file("files", "third.json", "application/octet-stream", lines[2].getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = postForm("/api/check", form);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());
        assertEquals(3, report.get("summary").get("evaluated").asInt());
        assertEquals("2026-03-03", report.get("asOf").asText());
        assertEquals("two-cases.json", caseNamed(report, "WEB-002").get("source").get("file").asText());
        assertEquals(2, caseNamed(report, "WEB-002").get("source").get("record").asInt());
        assertEquals("third.json", caseNamed(report, "WEB-003").get("source").get("file").asText());
    }

    @Test
    void uploadsAreHeldInMemoryNotSpooledToDisk() throws Exception {
        StringBuilder padded = new StringBuilder();
        String line = new String(cases, StandardCharsets.UTF_8).split("\n")[0];
        while (padded.length() + line.length() + 1 < LIMIT - 2048) {
            padded.append(line).append('\n');
        }
        Multipart form = new Multipart().file("files", "many.ndjson", "application/x-ndjson",
                padded.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, postForm("/api/check", form).statusCode());
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void malformedJsonIsUnprocessableWithTheLineAndNoStackTrace() throws Exception {
        assertReadableProblem(post("/api/check", "application/json", "{\"caseId\": \"X\",".getBytes(StandardCharsets.UTF_8)),
                422, "No case could be read");
        HttpResponse<String> response = post("/api/check", "application/json", "{\"caseId\": ".getBytes(StandardCharsets.UTF_8));
        assertTrue(JSON.readTree(response.body()).get("details").get(0).asText().contains("malformed JSON at line 1"),
                response.body());
    }

    @Test
    void aWrongDateOrTypeOrEmptyBodyIsABadRequest() throws Exception {
        assertReadableProblem(post("/api/check?asOf=1st%20June", "application/x-ndjson", cases), 400, "is not a date");
        assertReadableProblem(post("/api/check", "text/plain", cases), 415, "not accepted");
        assertReadableProblem(post("/api/check", "application/json", new byte[0]), 400, "empty");
        Multipart notCases = new Multipart().file("files", "notes.txt", "text/plain",
                "minutes of the meeting".getBytes(StandardCharsets.UTF_8));
        assertReadableProblem(postForm("/api/check", notCases), 415, "not a case file");
        assertReadableProblem(postForm("/api/check", new Multipart().field("asOf", "2026-06-01")), 400,
                "No file was uploaded");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithTheLimit() throws Exception {
        byte[] big = new byte[LIMIT + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertReadableProblem(post("/api/check", "application/json", big), 413, "the limit is");
        assertReadableProblem(postForm("/api/check", new Multipart().file("files", "big.json", "application/json", big)),
                413, "the limit is");
    }

    @Test
    void anUploadSentWithoutALengthIsMeasuredAsItIsRead() throws Exception {
        byte[] big = new byte[LIMIT + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpRequest raw = HttpRequest.newBuilder(uri("/api/check")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        assertReadableProblem(client.send(raw, HttpResponse.BodyHandlers.ofString()), 413, "the limit is");

        Multipart form = new Multipart().file("files", "big.json", "application/json", big);
        byte[] body = bytesOf(form.publisher());
        HttpRequest chunked = HttpRequest.newBuilder(uri("/api/check")).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        assertReadableProblem(client.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "the limit is");
    }

    static byte[] bytesOf(HttpRequest.BodyPublisher publisher) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        publisher.subscribe(new java.util.concurrent.Flow.Subscriber<java.nio.ByteBuffer>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(java.nio.ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.get();
        return out.toByteArray();
    }

    @Test
    void unknownPathsAndMethodsAreAnsweredInWords() throws Exception {
        assertReadableProblem(get("/api/nothing-here"), 404, "/api/nothing-here");
        HttpResponse<String> page = get("/no-such-page");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is no page at /no-such-page"), page.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/app.js", "/rules", "/api/health", "/missing")) {
            HttpResponse<String> response = get(path);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void theRulesPageShowsEachRuleAndItsRecommendationEscaped() throws Exception {
        HttpResponse<String> page = get("/rules");
        assertEquals(200, page.statusCode());
        List<String> missing = new ArrayList<>();
        for (RuleInfo rule : ruleBook.rules()) {
            String title = escapeHtml4(rule.title());
            boolean cited = rule.recommendationIds().isEmpty()
                    ? page.body().contains(rule.statutory().get(0)) && page.body().contains(escapeHtml4(RuleInfo.NO_RECOMMENDATION))
                    : page.body().contains(rule.recommendationIds().get(0));
            if (!page.body().contains(title) || !cited) {
                missing.add(rule.id());
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(page.body().contains(escapeHtml4(PolicyLoader.defaults().statutorySource("lookedAfter.review.childViews").source())),
                "quotes the statutory source of a rule no recommendation asks for");
    }

    @Test
    void theIndexPageIsServed() throws Exception {
        assertEquals(200, get("/app.js").statusCode());
        assertEquals(200, get("/index.html").statusCode());
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<input"), page.body());
    }

    static String cliReport(List<CaseInput> inputs, LocalDate asOf) throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(new StreamingAuditor(ruleBook, PolicyLoader.defaults(),
                RecommendationCatalogue.bundled(), new StreamingAuditor.Settings(asOf, 1, 0, 0, null)).auditAll(inputs), out);
        return out.toString();
    }
}
