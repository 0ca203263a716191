package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.auth.ApiToken;
import uk.practicecheck.auth.LocalUsers;
import uk.practicecheck.auth.Passwords;
import uk.practicecheck.auth.Role;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.auth.TestClock;
import uk.practicecheck.auth.User;
import uk.practicecheck.auth.UsersFile;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.policy.PolicyLoader;

/**
 * {@code serve --users}: sign-in with the users file over a real socket. Every address is tried by
 * every role (allowed and refused) and by nobody signed in; then CSRF, sign-out, API tokens,
 * timeouts, the lock-out, a team manager's own teams and the access log.
 */
class SignInWebTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final String PASSWORD = "correct horse battery";
    static final Passwords FAST = new Passwords(4);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    static Path usersFile;
    static Path accessLogFile;
    static TestClock clock;
    static WebServer server;
    static byte[] cases;
    static String qaToken;

    @BeforeAll
    static void start() throws Exception {
        cases = SignInWebTest.class.getResourceAsStream("/web-uploads/cases.ndjson").readAllBytes();
        usersFile = folder.resolve("users.json");
        ApiToken.Issued token = ApiToken.issue(AS_OF);
        qaToken = token.token();
        List<User> users = new ArrayList<>();
        for (Role role : Role.values()) {
            users.add(new User(role.word(), Set.of(role), role == Role.TEAM_MANAGER
                    ? List.of("Assessment Team A", "Children in Care Team 1") : List.of(),
                    FAST.hash(PASSWORD.toCharArray()), role == Role.QA ? List.of(token.stored()) : List.of()));
        }
        users.add(new User("one-team", Set.of(Role.TEAM_MANAGER), List.of("Assessment Team A"),
                FAST.hash(PASSWORD.toCharArray()), List.of()));
        users.add(new User("locked", Set.of(Role.QA), List.of(), FAST.hash(PASSWORD.toCharArray()), List.of()));
        UsersFile.write(usersFile, users);
        accessLogFile = folder.resolve("access.log");
        clock = new TestClock(Instant.parse("2026-06-01T09:00:00Z"));
        AccessLog log = new AccessLog(Files.newBufferedWriter(accessLogFile, StandardCharsets.UTF_8), clock);
        SignIn signIn = new SignIn(new LocalUsers(usersFile, FAST), null,
                new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(10)), new SignInThrottle(clock), log);
        ReportService service = new ReportService(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                RecommendationCatalogue.bundled());
        server = WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, 1024 * 1024),
                Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "test",
                new TrendsView() {
                    @Override
                    public String sectionsHtml() {
                        return "<p>every team</p>";
                    }

                    @Override
                    public String teamSectionsHtml(Predicate<String> teamShown) {
                        return Stream.of("Assessment Team A", "Other Team").filter(teamShown)
                                .map(team -> "<p>team " + team + "</p>").collect(Collectors.joining());
                    }
                }, new WebServer.Deployment(signIn, log, null, false));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Lock-outs and sessions are timed by the test clock: move past them so tests do not meet each other's. */
    @AfterEach
    void later() {
        clock.advance(SignInThrottle.WINDOW.plusMinutes(1));
    }

    static Visitor signedIn(String name) throws Exception {
        Visitor visitor = new Visitor(server.port());
        HttpResponse<String> answer = visitor.signIn(name, PASSWORD);
        assertEquals(303, answer.statusCode(), answer.body());
        assertNotNull(visitor.csrfToken(), "signed in, with a CSRF token for the page's scripts");
        return visitor;
    }

    /** The request a page or script of that role would make to the address, CSRF token included. */
    static HttpResponse<String> use(Visitor visitor, RouteAccess.Route route) throws Exception {
        String csrf = visitor.csrfToken() == null ? "none" : visitor.csrfToken();
        if (route.path().equals("/sign-in") && route.method().equals("POST")) {
            return new Visitor(server.port()).signIn("qa", PASSWORD);
        }
        if (route.method().equals("GET")) {
            return visitor.get(route.path());
        }
        if (route.path().startsWith("/api/")) {
            return visitor.upload(route.path(), new Multipart().field("asOf", AS_OF.toString())
                    .file("files", "cases.ndjson", "application/x-ndjson", cases), SignIn.CSRF_HEADER, csrf);
        }
        return visitor.postForm(route.path(), Map.of("csrf", csrf));
    }

    @Test
    void everyAddressIsTableDrivenAndTheTableCoversEveryEndpoint() {
        Set<String> table = RouteAccess.ROUTES.stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        List<String> missing = server.endpoints().stream().filter(e -> !e.startsWith("BEFORE") && !e.startsWith("AFTER"))
                .filter(e -> !table.contains(e)).toList();
        assertEquals(List.of(), missing, "an endpoint the access table does not name");
    }

    /** The page's own files, served from the class path rather than by an endpoint. */
    static final Set<String> STATIC_FILES = Set.of("/", "/index.html", "/app.css", "/app.js", "/session.js");

    /** True for the addresses this server has: the identity provider's two are there only with one. */
    static boolean served(RouteAccess.Route route) {
        return STATIC_FILES.contains(route.path()) || server.endpoints().contains(route.method() + " " + route.path());
    }

    @Test
    void everyRouteForEveryRoleIsAllowedOrRefusedAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (RouteAccess.Route route : RouteAccess.ROUTES) {
            if (!served(route)) {
                continue;
            }
            for (Role role : Role.values()) {
                Visitor visitor = signedIn(role.word());
                int status = use(visitor, route).statusCode();
                boolean allowed = route.open() || route.roles().contains(role);
                boolean served = status == 200 || (status == 303 && route.path().startsWith("/sign-"));
                if (allowed != served || (!allowed && status != 403)) {
                    wrong.add(role.word() + " " + route.method() + " " + route.path() + " -> " + status);
                }
            }
            HttpResponse<String> anonymous = use(new Visitor(server.port()), route);
            if (route.open()) {
                if (anonymous.statusCode() != 200 && anonymous.statusCode() != 303) {
                    wrong.add("nobody " + route.method() + " " + route.path() + " -> " + anonymous.statusCode());
                }
            } else if (route.method().equals("GET") && !route.path().startsWith("/api/")) {
                if (anonymous.statusCode() != 303 || !anonymous.headers().firstValue("Location").orElse("")
                        .startsWith("/sign-in?next=")) {
                    wrong.add("nobody " + route.method() + " " + route.path() + " -> " + anonymous.statusCode()
                            + " (wanted the sign-in page)");
                }
            } else if (anonymous.statusCode() != 401 || (route.path().startsWith("/api/")
                    && !anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/json"))) {
                wrong.add("nobody " + route.method() + " " + route.path() + " -> " + anonymous.statusCode()
                        + " (wanted 401, in JSON for the API)");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPathNoRouteNamesIsNoPageEvenToQa() throws Exception {
        Visitor qa = signedIn("qa");
        assertEquals(404, qa.get("/no-such-page").statusCode());
        assertEquals(303, new Visitor(server.port()).get("/no-such-page").statusCode(), "nobody: sign in first");
    }

    @Test
    void uploadsAndSignOutWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
        Visitor qa = signedIn("qa");
        Multipart form = new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases);
        HttpResponse<String> none = qa.upload("/api/check", form);
        assertEquals(403, none.statusCode(), none.body());
        assertTrue(JSON.readTree(none.body()).get("message").asText().contains("safety token"), none.body());
        HttpResponse<String> forged = qa.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases), SignIn.CSRF_HEADER, "forged");
        assertEquals(403, forged.statusCode());
        HttpResponse<String> right = qa.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases), SignIn.CSRF_HEADER, qa.csrfToken());
        assertEquals(200, right.statusCode(), right.body());

        assertEquals(403, qa.postForm("/sign-out", Map.of()).statusCode(), "sign-out needs the token too");
        assertEquals(200, qa.get("/").statusCode(), "still signed in");
    }

    @Test
    void theSignInFormNeedsItsOwnTokenFromTheSamePage() throws Exception {
        Visitor visitor = new Visitor(server.port());
        HttpResponse<String> answer = visitor.postForm("/sign-in", Map.of("csrf", "guessed", "name", "qa",
                "password", PASSWORD));
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("came from another site"), answer.body());
        assertEquals(null, visitor.csrfToken(), "no session");
    }

    @Test
    void aSecondSignInPageShownMeanwhileDoesNotSpoilTheFormOnScreen() throws Exception {
        Visitor visitor = new Visitor(server.port());
        String form = visitor.get("/sign-in").body();
        assertEquals(303, visitor.get("/favicon.ico").statusCode(), "a browser asks for its icon: sign in first");
        visitor.get("/sign-in?next=%2Ffavicon.ico");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(token.find(), form);
        HttpResponse<String> answer = visitor.postForm("/sign-in", Map.of("csrf", token.group(1), "name", "qa",
                "password", PASSWORD));
        assertEquals(303, answer.statusCode(), answer.body());
    }

    @Test
    void signingOutEndsTheSessionOnTheServerNotOnlyInTheBrowser() throws Exception {
        Visitor qa = signedIn("qa");
        String session = qa.cookie(SignIn.SESSION_COOKIE);
        HttpResponse<String> out = qa.postForm("/sign-out", Map.of("csrf", qa.csrfToken()));
        assertEquals(303, out.statusCode());
        assertEquals("/sign-in?signed-out", out.headers().firstValue("Location").orElseThrow());
        assertTrue(qa.get("/sign-in?signed-out").body().contains("You have signed out."));

        Visitor replay = new Visitor(server.port());
        HttpResponse<String> old = replay.get("/api/me", "Cookie", SignIn.SESSION_COOKIE + "=" + session);
        assertEquals(401, old.statusCode(), "the old cookie no longer works");
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteAndTheSessionIdIsNew() throws Exception {
        Visitor visitor = new Visitor(server.port());
        visitor.get("/sign-in");
        String before = visitor.cookie(SignIn.SESSION_COOKIE);
        HttpResponse<String> answer = visitor.signIn("qa", PASSWORD);
        List<String> cookies = answer.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith(SignIn.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        String csrf = cookies.stream().filter(c -> c.startsWith(SignIn.CSRF_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax") && session.contains("Path=/"), session);
        assertFalse(session.contains("Secure"), "plain HTTP on loopback: a Secure cookie would never come back");
        assertTrue(csrf.contains("SameSite=Strict") && !csrf.contains("HttpOnly"), csrf);
        assertEquals(null, before);
        assertEquals("/", answer.headers().firstValue("Location").orElseThrow(), "QA lands on the check page");
    }

    @Test
    void sessionsEndAfterTheIdleTimeAndAfterTheAbsoluteTime() throws Exception {
        Visitor idle = signedIn("qa");
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, idle.get("/api/me").statusCode(), "used within the idle time");
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, idle.get("/api/me").statusCode(), "each request restarts the idle time");
        clock.advance(Duration.ofMinutes(30));
        assertEquals(401, idle.get("/api/me").statusCode(), "30 minutes without a request");

        Visitor busy = signedIn("qa");
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertEquals(200, busy.get("/api/me").statusCode());
        }
        clock.advance(Duration.ofMinutes(29));
        assertEquals(401, busy.get("/api/me").statusCode(), "more than 10 hours after signing in");
    }

    @Test
    void repeatedFailedSignInsLockTheNameOutEvenWithTheRightPassword() throws Exception {
        Visitor visitor = new Visitor(server.port());
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            HttpResponse<String> wrong = visitor.signIn("locked", "not the password at all");
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("The user name or password is not right."));
        }
        HttpResponse<String> right = visitor.signIn("locked", PASSWORD);
        assertEquals(429, right.statusCode());
        assertTrue(right.body().contains("Too many failed sign-ins"), right.body());
        clock.advance(SignInThrottle.WINDOW);
        assertEquals(303, visitor.signIn("locked", PASSWORD).statusCode(), "let in once the lock-out is over");
    }

    @Test
    void apiTokensWorkOnTheApiOnlyAndStopWorkingWhenRevoked() throws Exception {
        Visitor script = new Visitor(server.port());
        String bearer = "Bearer " + qaToken;
        HttpResponse<String> rules = script.get("/api/rules", "Authorization", bearer);
        assertEquals(200, rules.statusCode());
        HttpResponse<String> check = script.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases), "Authorization", bearer);
        assertEquals(200, check.statusCode(), "a token is not a cookie: no CSRF token needed");
        assertEquals(401, script.get("/rules", "Authorization", bearer).statusCode(), "pages need a session");
        assertEquals(401, script.get("/api/rules", "Authorization", "Bearer pc_00000000_"
                + "A".repeat(43)).statusCode(), "a forged token");

        List<User> users = new ArrayList<>(UsersFile.read(usersFile, false));
        User qa = UsersFile.find(users, "qa").orElseThrow();
        users.set(users.indexOf(qa), new User(qa.name(), qa.roles(), qa.teams(), qa.password(), List.of()));
        UsersFile.write(usersFile, users);
        HttpResponse<String> revoked = script.get("/api/rules", "Authorization", bearer);
        assertEquals(401, revoked.statusCode(), "revoked in the users file: refused at once, no restart");
        assertEquals("Bearer realm=\"practice-check\"", revoked.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void aTeamManagerChecksOnlyTheirOwnTeamsCases() throws Exception {
        Visitor manager = signedIn("one-team");
        HttpResponse<String> mixed = manager.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases), SignIn.CSRF_HEADER, manager.csrfToken());
        assertEquals(403, mixed.statusCode());
        String message = JSON.readTree(mixed.body()).get("message").asText();
        assertTrue(message.contains("Assessment Team A") && message.contains("2 cases"), message);
        assertFalse(mixed.body().contains("Test Child"), "nothing from the upload is shown");

        String ownTeam = new String(cases, StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("\"team\":\"Assessment Team A\"")).collect(Collectors.joining("\n"));
        HttpResponse<String> own = manager.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "own.ndjson", "application/x-ndjson", ownTeam.getBytes(StandardCharsets.UTF_8)),
                SignIn.CSRF_HEADER, manager.csrfToken());
        assertEquals(200, own.statusCode(), own.body());
    }

    @Test
    void aTeamManagerReadsTheirOwnTeamsTrendsOnly() throws Exception {
        String manager = signedIn("one-team").get("/trends").body();
        assertTrue(manager.contains("team Assessment Team A"), manager);
        assertFalse(manager.contains("Other Team") || manager.contains("every team"), manager);
        assertTrue(signedIn("qa").get("/trends").body().contains("every team"));
    }

    @Test
    void afterSignInEachRoleLandsOnItsPageOrTheOneItAskedFor() throws Exception {
        Visitor author = new Visitor(server.port());
        assertEquals("/rules", author.signIn("rule-author", PASSWORD).headers().firstValue("Location").orElseThrow());
        Visitor admin = new Visitor(server.port());
        assertEquals("/users", admin.signIn("admin", PASSWORD).headers().firstValue("Location").orElseThrow());
        HttpResponse<String> users = admin.get("/users");
        assertTrue(users.body().contains("one-team") && users.body().contains("team manager")
                && !users.body().contains("$2y$"), "names and roles, never hashes");
        Visitor asked = new Visitor(server.port());
        String next = asked.get("/trends").headers().firstValue("Location").orElseThrow();
        assertEquals("/sign-in?next=%2Ftrends", next);
        HttpResponse<String> page = asked.get(next);
        assertTrue(page.body().contains("name=\"next\" value=\"/trends\""), page.body());
        assertEquals(null, SignIn.safeNext("//elsewhere.example/"), "never off this server");
        assertEquals(null, SignIn.safeNext("https://elsewhere.example/"));
    }

    @Test
    void theAccessLogSaysWhoSignedInAndRanWhatWithCountsButNoCaseData() throws Exception {
        Visitor manager = signedIn("team-manager");
        new Visitor(server.port()).signIn("team-manager", "a wrong password here");
        new Visitor(server.port()).signIn("somebody's password typed as a name", "x");
        manager.upload("/api/check", new Multipart().field("asOf", AS_OF.toString())
                .file("files", "cases.ndjson", "application/x-ndjson", cases), SignIn.CSRF_HEADER, manager.csrfToken());
        manager.postForm("/sign-out", Map.of("csrf", manager.csrfToken()));

        String log = Files.readString(accessLogFile);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertTrue(lines.stream().anyMatch(l -> l.path("event").asText().equals("sign-in")
                && l.path("user").asText().equals("team-manager") && l.path("via").asText().equals("password")
                && l.path("address").asText().equals("127.0.0.1") && l.has("time")), log);
        assertTrue(lines.stream().anyMatch(l -> l.path("event").asText().equals("sign-in-failed")
                && l.path("user").asText().equals("team-manager") && l.path("reason").asText().equals("wrong password")), log);
        assertTrue(lines.stream().anyMatch(l -> l.path("event").asText().equals("sign-in-failed")
                && !l.has("user") && l.path("reason").asText().equals("unknown user")), log);
        assertFalse(log.contains("somebody's password"), "a name nobody has is not written down: it may be a password");
        JsonNode check = lines.stream().filter(l -> l.path("route").asText().equals("/api/check")
                && l.path("user").asText().equals("team-manager")).reduce((a, b) -> b).orElseThrow();
        assertEquals("POST", check.get("method").asText());
        assertEquals(200, check.get("status").asInt());
        assertEquals(5, check.get("records").asInt());
        assertEquals(4, check.get("cases").asInt());
        assertEquals(1, check.get("rejected").asInt());
        assertTrue(lines.stream().anyMatch(l -> l.path("event").asText().equals("sign-out")
                && l.path("user").asText().equals("team-manager")), log);
        for (String caseData : List.of("Test Child", "Assessment Team A", "cases.ndjson", PASSWORD)) {
            assertFalse(log.contains(caseData), "the access log holds no case data or password: " + caseData);
        }
    }
}
