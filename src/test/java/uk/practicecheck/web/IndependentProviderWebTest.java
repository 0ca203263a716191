package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.auth.OpenIdConnect;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.policy.PolicyLoader;

/**
 * {@code serve --oidc-issuer} against an OpenID Connect provider that someone else wrote (NAV's
 * mock-oauth2-server): discovery, its own signing keys, the code flow with PKCE, state and nonce, as a
 * real identity provider does them. {@link OpenIdConnectWebTest} covers the faults through a provider
 * the tests control; this test proves the sign-in does not merely agree with our own reading of the
 * protocol.
 */
class IndependentProviderWebTest {
    static final String CLIENT_ID = "practice-check";
    static final String ISSUER_ID = "entra";
    static final ObjectMapper JSON = new ObjectMapper();

    static MockOAuth2Server provider;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start();
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        OpenIdConnect oidc = OpenIdConnect.discover(new OpenIdConnect.Settings(
                URI.create(provider.issuerUrl(ISSUER_ID).toString()), CLIENT_ID, "a secret",
                URI.create("http://127.0.0.1:" + port + "/sign-in/callback"), "roles", "groups", null),
                Clock.systemUTC());
        SignIn signIn = new SignIn(null, oidc, new Sessions(Clock.systemUTC(), Duration.ofMinutes(30),
                Duration.ofHours(10)), new SignInThrottle(Clock.systemUTC()), AccessLog.NONE);
        ReportService service = new ReportService(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                RecommendationCatalogue.bundled());
        server = WebServer.start(service, new WebServer.Settings("127.0.0.1", port, 1024 * 1024),
                Clock.systemUTC(), "test", TrendsView.NONE, new WebServer.Deployment(signIn, AccessLog.NONE, null,
                        false));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** The browser's round trip: our sign-in link, the provider's authorize endpoint, our callback. */
    static HttpResponse<String> signIn(Visitor visitor, long expirySeconds, Map<String, Object> claims)
            throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-1", "JWT", List.of(CLIENT_ID),
                claims, expirySeconds));
        HttpResponse<String> toProvider = visitor.get("/sign-in/oidc");
        assertEquals(303, toProvider.statusCode(), toProvider.body());
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.startsWith(provider.issuerUrl(ISSUER_ID) + "/authorize?"), authorize);
        assertTrue(authorize.contains("code_challenge=") && authorize.contains("nonce="), authorize);
        HttpResponse<String> back = visitor.getAt(URI.create(authorize));
        assertEquals(302, back.statusCode(), back.body());
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith("http://127.0.0.1:" + server.port() + "/sign-in/callback?"), callback);
        return visitor.getAt(URI.create(callback));
    }

    @Test
    void aPersonSignsInWithTheRolesAndTeamsTheProviderStates() throws Exception {
        Visitor visitor = new Visitor(server.port());
        HttpResponse<String> answer = signIn(visitor, 3600, Map.of(
                "preferred_username", "jo.bloggs@example.gov.uk",
                "roles", List.of("team-manager"),
                "groups", List.of("Assessment Team A")));
        assertEquals(303, answer.statusCode(), answer.body());
        JsonNode me = JSON.readTree(visitor.get("/api/me").body());
        assertEquals("jo.bloggs@example.gov.uk", me.get("name").asText());
        assertEquals("[\"team-manager\"]", me.get("roles").toString());
        assertEquals("[\"Assessment Team A\"]", me.get("teams").toString());
        assertEquals(403, visitor.get("/rules").statusCode(), "a team manager is refused the rule author's pages");
    }

    @Test
    void anIdTokenThatExpiredAnHourAgoSignsNobodyIn() throws Exception {
        Visitor visitor = new Visitor(server.port());
        HttpResponse<String> answer = signIn(visitor, -3600, Map.of(
                "preferred_username", "mallory@example.gov.uk", "roles", List.of("qa")));
        assertEquals(401, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("did not prove who you are"), answer.body());
        assertNull(visitor.cookie(SignIn.SESSION_COOKIE));
        assertEquals(401, visitor.get("/api/me").statusCode());
    }
}
