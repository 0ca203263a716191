package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.cli.PracticeCheck;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.policy.PolicyLoader;

/**
 * Statutory returns uploaded to the API over a real socket, in every shape the command line takes:
 * an SSDA903 return's CSV tables one by one or in a zip, its XML, with the previous year's, and a
 * Children in Need census; the report is the one {@code check --ssda903 … --cin-census …} prints
 * for the same files, judged as of the end of the return's year unless a date is given.
 */
class WebReturnsUploadTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate YEAR_END = LocalDate.of(2026, 3, 31);
    static final int LIMIT = 2 * 1024 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path spool;
    @TempDir
    static Path files;

    static WebServer server;
    static HttpClient client;
    static Path tables;
    static Path previousTables;
    static Path xml;
    static Path census;

    @BeforeAll
    static void start() throws Exception {
        ReportService service = new ReportService(RuleBookCompiler.compile(RuleSources.bundled()),
                PolicyLoader.defaults(), RecommendationCatalogue.bundled());
        server = WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, LIMIT, spool),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "test");
        client = HttpClient.newHttpClient();
        tables = files.resolve("ssda903-2026");
        previousTables = files.resolve("ssda903-2025");
        xml = files.resolve("ssda903.xml");
        census = files.resolve("cin.xml");
        generate("--format", "ssda903", "--cases", "40", "--out", tables.toString(),
                "--previous-year-out", previousTables.toString());
        generate("--format", "ssda903-xml", "--cases", "30", "--out", xml.toString());
        generate("--format", "cin-census", "--cases", "30", "--out", census.toString());
    }

    private static void generate(String... args) {
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("generate", "--seed", "3"));
        all.addAll(List.of(args));
        assertEquals(0, PracticeCheck.run(new PrintWriter(new StringWriter()), new PrintWriter(err), all.toArray(String[]::new)),
                err.toString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> postForm(String path, Multipart form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** What {@code check … --format json} prints for the same files, their names replaced as the upload names them. */
    private static JsonNode cliCheck(List<String> renames, String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("check", "--format", "json"));
        all.addAll(List.of(args));
        int code = PracticeCheck.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        assertTrue(code <= 3, err.toString());
        String report = out.toString();
        for (int i = 0; i < renames.size(); i += 2) {
            report = report.replace(renames.get(i), renames.get(i + 1));
        }
        return JSON.readTree(report);
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("return/"));
            for (Path file : csvFiles(folder)) {
                zip.putNextEntry(new ZipEntry("return/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void csvTablesUploadedOneByOneGiveTheCommandLinesReportAsOfTheEndOfTheReturnsYear() throws Exception {
        Multipart form = new Multipart();
        List<String> renames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : csvFiles(tables)) {
            form.file("files", file.getFileName().toString(), "text/csv", Files.readAllBytes(file));
            names.add(file.getFileName().toString());
            renames.add(file.toString());
            renames.add(file.getFileName().toString());
        }
        HttpResponse<String> response = postForm("/api/check", form);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());
        assertEquals(YEAR_END.toString(), report.get("asOf").asText(), "no date given: the end of the return's year");

        renames.add("\"" + tables + "\"");
        renames.add("\"" + String.join(", ", names) + "\"");
        assertEquals(cliCheck(renames, "--ssda903", tables.toString()), report);
        assertTrue(report.get("cases").size() > 0);
    }

    @Test
    void aZipOfEachYearsTablesIsTheReturnAndThePreviousYearsAsOfTheGivenDate() throws Exception {
        Multipart form = new Multipart().field("asOf", "2026-02-01")
                .file("files", "return-2026.zip", "application/zip", zip(tables))
                .file("files", "return-2025.zip", "application/zip", zip(previousTables));
        HttpResponse<String> response = postForm("/api/check", form);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());
        assertEquals("2026-02-01", report.get("asOf").asText());

        List<String> renames = new ArrayList<>(List.of("\"" + tables + " + " + previousTables + "\"",
                "\"return-2026.zip + return-2025.zip\""));
        for (Path folder : List.of(tables, previousTables)) {
            String zipName = folder.equals(tables) ? "return-2026.zip" : "return-2025.zip";
            for (Path file : csvFiles(folder)) {
                renames.add(file.toString());
                renames.add(zipName + ": return/" + file.getFileName());
            }
        }
        assertEquals(cliCheck(renames, "--ssda903", tables.toString(), "--ssda903", previousTables.toString(),
                "--as-of", "2026-02-01"), report);
    }

    @Test
    void theReturnsXmlAndACensusAreJoinedByChildAsTheCommandLineJoinsThem() throws Exception {
        Multipart form = new Multipart()
                .file("files", "ssda903.xml", "application/xml", Files.readAllBytes(xml))
                .file("files", "cin.xml", "text/xml", Files.readAllBytes(census));
        HttpResponse<String> response = postForm("/api/check", form);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = JSON.readTree(response.body());
        assertEquals(cliCheck(List.of(xml.toString(), "ssda903.xml", census.toString(), "cin.xml"),
                "--ssda903", xml.toString(), "--cin-census", census.toString()), report);
    }

    @Test
    void aZipThatUnpacksPastTheUploadLimitIsRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("episodes.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 3; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(bytes.size() < LIMIT / 10, "small on the wire");
        HttpResponse<String> response = postForm("/api/check",
                new Multipart().file("files", "bomb.zip", "application/zip", bytes.toByteArray()));
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("bomb.zip unpacks to more than the upload limit of 2 MB"), response.body());
    }

    @Test
    void moreThanTwoReturnsOrXmlThatIsNeitherReturnIsRefusedInWords() throws Exception {
        HttpResponse<String> three = postForm("/api/check", new Multipart()
                .file("files", "a.zip", "application/zip", zip(tables))
                .file("files", "b.zip", "application/zip", zip(previousTables))
                .file("files", "c.xml", "application/xml", Files.readAllBytes(xml)));
        assertEquals(400, three.statusCode(), three.body());
        assertTrue(three.body().contains("Upload at most two SSDA903 returns"), three.body());

        HttpResponse<String> other = postForm("/api/check", new Multipart()
                .file("files", "feed.xml", "application/xml", "<rss><channel/></rss>".getBytes()));
        assertEquals(415, other.statusCode(), other.body());
        assertTrue(other.body().contains("neither an SSDA903 return"), other.body());
    }

    @Test
    void aCsvFileThatIsNoTableOfTheReturnIsARejectionSayingSo() throws Exception {
        HttpResponse<String> response = postForm("/api/check", new Multipart()
                .file("files", "notes.csv", "text/csv", "NAME,NOTE\nA,B\n".getBytes()));
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("no child was found in the SSDA903 return"), response.body());
        assertTrue(response.body().contains("notes.csv: not an SSDA903 table"), response.body());
    }
}
