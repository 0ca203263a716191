package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.policy.PolicyLoader;

/**
 * Hostile clients over a real loopback socket: slow and too many uploads, malformed forms and
 * requests Jetty itself refuses. Every answer is in words and carries the security headers.
 */
class WebServerHardeningTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final int MAX_UPLOADS = 3;
    static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(2);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path spool;

    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        ReportService service = new ReportService(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                RecommendationCatalogue.bundled());
        server = WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, 64 * 1024, spool, IDLE_TIMEOUT,
                UPLOAD_TIMEOUT, MAX_UPLOADS), Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Twice as many clients as the cap each send the head of an upload and then one byte every 200 ms
     * (at most 60 bytes, so the loop ends by itself within about 12 seconds). Those beyond the cap are
     * refused at once with 503 and Retry-After; the others are cut with 408 once the upload time is up;
     * {@code /api/health} answers throughout, and a real upload succeeds afterwards.
     */
    @Test
    void slowUploadsAreCutAndTheirNumberCappedWhileHealthKeepsAnswering() throws Exception {
        int clients = MAX_UPLOADS * 2;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<SlowResult>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(pool.submit(WebServerHardeningTest::trickle));
            }
            Thread.sleep(500);
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                RawHttp.Response health = RawHttp.exchange(server.port(),
                        "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                assertEquals(200, health.status(), health.body());
                assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "health answered slowly");
                Thread.sleep(300);
            }
            int busy = 0;
            int cut = 0;
            for (Future<SlowResult> future : results) {
                SlowResult result = future.get(30, TimeUnit.SECONDS);
                RawHttp.Response response = result.response();
                assertSecurityHeaders(response);
                JsonNode body = JSON.readTree(response.body());
                assertEquals(response.status(), body.get("status").asInt());
                if (response.status() == 503) {
                    busy++;
                    assertEquals(Integer.toString(WebServer.RETRY_AFTER_SECONDS), response.header("Retry-After"));
                    assertTrue(result.elapsed().compareTo(UPLOAD_TIMEOUT) < 0, "refused late: " + result.elapsed());
                } else {
                    assertEquals(408, response.status(), response.body());
                    cut++;
                    assertTrue(body.get("message").asText().contains("took too long"), response.body());
                    assertTrue(result.elapsed().compareTo(UPLOAD_TIMEOUT.plus(IDLE_TIMEOUT).plusSeconds(2)) < 0,
                            "cut late: " + result.elapsed());
                }
                assertTrue(result.bytesSent() < 60, "the server never cut a client: " + result.bytesSent() + " bytes sent");
            }
            assertEquals(MAX_UPLOADS, cut);
            assertEquals(clients - MAX_UPLOADS, busy);
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(20, TimeUnit.SECONDS));
        }
        byte[] aCase = "{\"caseId\":\"C1\",\"dateOfBirth\":\"2015-01-01\"}\n".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response after = RawHttp.exchange(server.port(), "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-ndjson\r\nConnection: close\r\nContent-Length: " + aCase.length + "\r\n\r\n"
                + new String(aCase, StandardCharsets.ISO_8859_1));
        assertEquals(200, after.status(), after.body());
    }

    record SlowResult(RawHttp.Response response, Duration elapsed, int bytesSent) {
    }

    /** One slow client: the head of an upload, then a byte every 200 ms until answered, at most 60 bytes. */
    static SlowResult trickle() throws IOException, InterruptedException {
        try (Socket socket = RawHttp.connect(server.port())) {
            OutputStream out = socket.getOutputStream();
            long started = System.nanoTime();
            out.write(("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                    + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            int sent = 0;
            while (sent < 60 && socket.getInputStream().available() == 0) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                sent++;
                Thread.sleep(200);
            }
            RawHttp.Response response = RawHttp.read(socket.getInputStream());
            return new SlowResult(response, Duration.ofNanos(System.nanoTime() - started), sent);
        }
    }

    @Test
    void anUploadHoldingNoRecordIsUnprocessableInWords() throws Exception {
        for (String path : List.of("/api/check", "/api/audit")) {
            RawHttp.Response response = RawHttp.exchange(server.port(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: 2\r\n\r\n[]");
            assertProblem(response, 422, "holds no case records");
        }
    }

    @Test
    void aMalformedMultipartFormIsABadRequestInWords() throws Exception {
        String garbage = "this is not a form";
        for (String type : List.of("multipart/form-data; boundary=xyz", "multipart/form-data")) {
            RawHttp.Response response = RawHttp.exchange(server.port(), "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: " + type + "\r\nConnection: close\r\nContent-Length: " + garbage.length() + "\r\n\r\n"
                    + garbage);
            assertProblem(response, 400, "multipart form");
        }
        String headless = "--xyz\r\nno headers here\r\n--xyz--\r\n";
        RawHttp.Response response = RawHttp.exchange(server.port(), "POST /api/audit HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: multipart/form-data; boundary=xyz\r\nConnection: close\r\nContent-Length: "
                + headless.length() + "\r\n\r\n" + headless);
        assertProblem(response, 400, "multipart form");
    }

    @Test
    void requestsJettyRefusesItselfCarryTheHeadersAndAnswerInWords() throws Exception {
        assertProblem(RawHttp.exchange(server.port(), "THIS IS NOT HTTP\r\n\r\n"), 400, "could not understand");
        assertProblem(RawHttp.exchange(server.port(), "GET / HTTP/9.9\r\nHost: x\r\n\r\n"), 505, "could not understand");
        assertProblem(RawHttp.exchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 431, "headers are too large");
        RawHttp.Response ambiguous = RawHttp.exchange(server.port(),
                "GET /api/a%2F..%2F..%2Fhealth HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(ambiguous.status() == 400 || ambiguous.status() == 404, ambiguous.toString());
        assertProblem(ambiguous, ambiguous.status(), "");
    }

    @Test
    void everyKindOfResponseCarriesTheSameHeadersAndStaticFilesAreNotCached() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css", "/index.html", "/rules", "/api/health", "/missing",
                "/api/missing")) {
            RawHttp.Response response = RawHttp.exchange(server.port(),
                    "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertSecurityHeaders(response);
        }
        RawHttp.Response wrongMethod = RawHttp.exchange(server.port(),
                "DELETE /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertSecurityHeaders(wrongMethod);
    }

    static void assertSecurityHeaders(RawHttp.Response response) {
        for (Map.Entry<String, String> header : SecurityHeaders.HEADERS.entrySet()) {
            assertEquals(header.getValue(), response.header(header.getKey()),
                    header.getKey() + " on a " + response.status() + " answer: " + response.headers());
        }
    }

    static void assertProblem(RawHttp.Response response, int status, String words) throws IOException {
        assertEquals(status, response.status(), response.toString());
        assertSecurityHeaders(response);
        assertTrue(response.header("Content-Type").startsWith("application/json"), response.toString());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("error").asText().isBlank());
        assertTrue(body.get("message").asText().contains(words), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }
}
