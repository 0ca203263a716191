package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.auth.OpenIdConnect;
import uk.practicecheck.auth.Role;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.auth.TestIdentityProvider;
import uk.practicecheck.auth.TestIdentityProvider.Fault;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.policy.PolicyLoader;

/**
 * {@code serve --oidc-issuer}: sign-in at an OpenID Connect provider started by the test on a real
 * socket (discovery, keys, authorization and token endpoints), through the server's real socket.
 * Signing in and out, each role's routes, tokens that must not sign anyone in (expired, forged,
 * another client's, another issuer's), answers this browser did not ask for, CSRF, the mapping file.
 */
class OpenIdConnectWebTest {
    static final String CLIENT_ID = "practice-check-test";
    static final String SECRET = "client secret for tests";
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    static TestIdentityProvider provider;
    static WebServer server;
    static Path accessLogFile;
    static byte[] cases;

    @BeforeAll
    static void start() throws Exception {
        cases = OpenIdConnectWebTest.class.getResourceAsStream("/web-uploads/cases.ndjson").readAllBytes();
        provider = new TestIdentityProvider(CLIENT_ID, SECRET);
        accessLogFile = folder.resolve("access.log");
        server = start(SECRET, null, new AccessLog(Files.newBufferedWriter(accessLogFile, StandardCharsets.UTF_8),
                Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    /** A server signing in at the test's provider, on a port chosen first so its callback address is known. */
    static WebServer start(String secret, OpenIdConnect.Mapping mapping, AccessLog log) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        OpenIdConnect oidc = OpenIdConnect.discover(new OpenIdConnect.Settings(provider.issuer(), CLIENT_ID, secret,
                URI.create("http://127.0.0.1:" + port + "/sign-in/callback"), "roles", "groups", mapping),
                Clock.systemUTC());
        SignIn signIn = new SignIn(null, oidc, new Sessions(Clock.systemUTC(), Duration.ofMinutes(30),
                Duration.ofHours(10)), new SignInThrottle(Clock.systemUTC()), log);
        ReportService service = new ReportService(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                RecommendationCatalogue.bundled());
        return WebServer.start(service, new WebServer.Settings("127.0.0.1", port, 1024 * 1024), Clock.systemUTC(),
                "test", TrendsView.NONE, new WebServer.Deployment(signIn, log, null, false));
    }

    /**
     * Goes through the whole sign-in as a browser would: the server's sign-in link, the provider
     * (who signs in the person with {@code claims}, spoiling the ID token by {@code fault}), and back to
     * the server's callback; the callback's answer.
     */
    static HttpResponse<String> signInAtProvider(Visitor visitor, WebServer server, String next,
                                                 Map<String, Object> claims, Fault fault) throws Exception {
        HttpResponse<String> toProvider = visitor.get("/sign-in/oidc"
                + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        assertEquals(303, toProvider.statusCode(), toProvider.body());
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.startsWith(provider.issuer() + "/authorize?"), authorize);
        provider.nextSignIn(claims, fault);
        HttpResponse<String> back = visitor.getAt(URI.create(authorize));
        assertEquals(302, back.statusCode(), back.body());
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith("http://127.0.0.1:" + server.port() + "/sign-in/callback?"), callback);
        return visitor.getAt(URI.create(callback));
    }

    static Visitor signedIn(Map<String, Object> claims) throws Exception {
        Visitor visitor = new Visitor(server.port());
        HttpResponse<String> answer = signInAtProvider(visitor, server, null, claims, Fault.NONE);
        assertEquals(303, answer.statusCode(), answer.body());
        return visitor;
    }

    static Map<String, Object> person(String name, String... roles) {
        return Map.of("preferred_username", name, "roles", List.of(roles), "groups", List.of("Assessment Team A"));
    }

    @Test
    void aPersonSignsInAtTheProviderAndComesBackToThePageTheyAskedFor() throws Exception {
        Visitor visitor = new Visitor(server.port());
        String signInPage = visitor.get("/trends").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = visitor.get(signInPage);
        assertTrue(page.body().contains("Sign in with your organisation's account"), page.body());
        assertFalse(page.body().contains("name=\"password\""), "no password form without a users file");

        HttpResponse<String> answer = signInAtProvider(visitor, server, "/trends",
                person("jo.bloggs@example.gov.uk", "team-manager"), Fault.NONE);
        assertEquals(303, answer.statusCode(), answer.body());
        assertEquals("/trends", answer.headers().firstValue("Location").orElseThrow());
        String session = answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SignIn.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
        JsonNode me = JSON.readTree(visitor.get("/api/me").body());
        assertEquals("jo.bloggs@example.gov.uk", me.get("name").asText());
        assertEquals("[\"team-manager\"]", me.get("roles").toString());
        assertEquals("[\"Assessment Team A\"]", me.get("teams").toString(), "teams from the groups claim");
        assertEquals("openid-connect", me.get("signedInWith").asText());
        assertEquals(404, visitor.postForm("/sign-in", Map.of("name", "x", "password", "y")).statusCode(),
                "no password sign-in without a users file");
    }

    @Test
    void eachRoleFromTheProviderMayUseItsRoutesAndIsRefusedTheOthers() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Visitor visitor = signedIn(person(role.word() + "@example.gov.uk", role.word()));
            for (RouteAccess.Route route : RouteAccess.ROUTES) {
                if (route.open() || route.method().equals("POST") && route.path().equals("/sign-out")) {
                    continue;
                }
                HttpResponse<String> answer = route.method().equals("GET") ? visitor.get(route.path())
                        : visitor.upload(route.path(), new Multipart().field("asOf", AS_OF.toString())
                                .file("files", "own.ndjson", "application/x-ndjson", ownTeamCases()),
                                SignIn.CSRF_HEADER, visitor.csrfToken());
                boolean allowed = route.roles().contains(role);
                if (allowed ? answer.statusCode() != 200 : answer.statusCode() != 403) {
                    wrong.add(role.word() + " " + route.method() + " " + route.path() + " -> " + answer.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    static byte[] ownTeamCases() {
        return new String(cases, StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("\"team\":\"Assessment Team A\""))
                .reduce((a, b) -> a + "\n" + b).orElseThrow().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tokensThatAreExpiredForgedForAnotherClientOrFromAnotherIssuerSignNobodyIn() throws Exception {
        for (Fault fault : List.of(Fault.EXPIRED, Fault.FORGED, Fault.WRONG_AUDIENCE, Fault.WRONG_ISSUER)) {
            Visitor visitor = new Visitor(server.port());
            HttpResponse<String> answer = signInAtProvider(visitor, server, null, person("mallory", "qa"), fault);
            assertEquals(401, answer.statusCode(), fault + ": " + answer.body());
            assertTrue(answer.body().contains("did not prove who you are"), fault + ": " + answer.body());
            assertNull(visitor.cookie(SignIn.SESSION_COOKIE), fault + ": no session");
            assertEquals(401, visitor.get("/api/me").statusCode(), fault.toString());
        }
        String log = Files.readString(accessLogFile);
        assertTrue(log.lines().filter(l -> l.contains("\"event\":\"sign-in-failed\"")
                && l.contains("\"via\":\"openid-connect\"") && l.contains("ID token rejected")).count() >= 4, log);
        assertFalse(log.contains("\"user\":\"mallory\""), log);
    }

    @Test
    void anAnswerThisBrowserDidNotAskForOrAlreadyUsedIsRefused() throws Exception {
        Visitor victim = new Visitor(server.port());
        HttpResponse<String> toProvider = victim.get("/sign-in/oidc");
        provider.nextSignIn(person("attacker", "qa"), Fault.NONE);
        String callback = victim.getAt(URI.create(toProvider.headers().firstValue("Location").orElseThrow()))
                .headers().firstValue("Location").orElseThrow();

        Visitor other = new Visitor(server.port());
        HttpResponse<String> elsewhere = other.getAt(URI.create(callback));
        assertEquals(401, elsewhere.statusCode(), "another browser's answer (login CSRF)");
        assertTrue(elsewhere.body().contains("was not started here"), elsewhere.body());
        assertNull(other.cookie(SignIn.SESSION_COOKIE));

        HttpResponse<String> replayed = victim.getAt(URI.create(callback));
        assertEquals(401, replayed.statusCode(), "the attempt is used up once an answer for it came");
        assertNull(victim.cookie(SignIn.SESSION_COOKIE));
    }

    @Test
    void theProviderSayingNoOrAnAccountWithNoRoleSignsNobodyIn() throws Exception {
        Visitor cancelled = new Visitor(server.port());
        cancelled.get("/sign-in/oidc");
        String state = cancelled.cookie(SignIn.OIDC_COOKIE);
        HttpResponse<String> refused = cancelled.get("/sign-in/callback?error=access_denied"
                + "&error_description=The+user+cancelled&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("The identity provider did not sign you in: The user cancelled."),
                refused.body());

        Visitor roleless = new Visitor(server.port());
        HttpResponse<String> answer = signInAtProvider(roleless, server, null,
                Map.of("preferred_username", "visitor@example.gov.uk"), Fault.NONE);
        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("has no practice-check role"), answer.body());
        assertNull(roleless.cookie(SignIn.SESSION_COOKIE));
    }

    @Test
    void afterSigningInAtTheProviderUploadsNeedTheCsrfTokenAndSigningOutEndsTheSession() throws Exception {
        Visitor qa = signedIn(person("sam.qa@example.gov.uk", "qa"));
        HttpResponse<String> noToken = qa.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases));
        assertEquals(403, noToken.statusCode());
        HttpResponse<String> withToken = qa.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases), SignIn.CSRF_HEADER, qa.csrfToken());
        assertEquals(200, withToken.statusCode(), withToken.body());

        String session = qa.cookie(SignIn.SESSION_COOKIE);
        assertEquals(303, qa.postForm("/sign-out", Map.of("csrf", qa.csrfToken())).statusCode());
        HttpResponse<String> old = new Visitor(server.port()).get("/api/me", "Cookie",
                SignIn.SESSION_COOKIE + "=" + session);
        assertEquals(401, old.statusCode(), "signed out on the server");
        assertTrue(Files.readString(accessLogFile).contains(
                "\"event\":\"sign-out\",\"user\":\"sam.qa@example.gov.uk\",\"via\":\"openid-connect\""));
    }

    @Test
    void aMappingFileTurnsTheProvidersGroupIdsIntoRolesAndTeams() throws Exception {
        Path file = folder.resolve("mapping.json");
        Files.writeString(file, """
                {"roles": {"team-manager": ["0b8e-managers"], "qa": ["77aa-qa"]},
                 "teams": {"Assessment Team A": ["1c2d-assessment-a"]}}
                """);
        try (WebServer mapped = start(SECRET, OpenIdConnect.Mapping.read(file), AccessLog.NONE)) {
            Visitor visitor = new Visitor(mapped.port());
            HttpResponse<String> answer = signInAtProvider(visitor, mapped, null, Map.of("preferred_username", "jo",
                    "groups", List.of("0b8e-managers", "1c2d-assessment-a", "ffff-unrelated")), Fault.NONE);
            assertEquals(303, answer.statusCode(), answer.body());
            JsonNode me = JSON.readTree(visitor.get("/api/me").body());
            assertEquals("[\"team-manager\"]", me.get("roles").toString());
            assertEquals("[\"Assessment Team A\"]", me.get("teams").toString());
        }
    }

    @Test
    void aWrongClientSecretIsRefusedByTheProviderAndNobodyIsSignedIn() throws Exception {
        try (WebServer wrongSecret = start("not the secret", null, AccessLog.NONE)) {
            Visitor visitor = new Visitor(wrongSecret.port());
            HttpResponse<String> answer = signInAtProvider(visitor, wrongSecret, null, person("sam", "qa"), Fault.NONE);
            assertEquals(401, answer.statusCode());
            assertTrue(answer.body().contains("did not accept this sign-in"), answer.body());
        }
    }
}
