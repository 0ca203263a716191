package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.auth.LocalUsers;
import uk.practicecheck.auth.Passwords;
import uk.practicecheck.auth.Role;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.auth.User;
import uk.practicecheck.auth.UsersFile;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.policy.PolicyLoader;

/**
 * {@code serve --tls-keystore} over real TLS with a certificate made for the test by the JDK's
 * keytool, and {@code --trust-forwarded-headers} behind a reverse proxy (and not without it).
 */
class TlsAndProxyTest {
    static final String PASSWORD = "correct horse battery";
    static final String KEYSTORE_PASSWORD = "keystore-password-for-tests";
    static final Passwords FAST = new Passwords(4);

    @TempDir
    static Path folder;

    static Path keystore;
    static Path usersFile;
    static ReportService service;

    @BeforeAll
    static void setUp() throws Exception {
        keystore = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD)
                .redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), said);
        usersFile = folder.resolve("users.json");
        UsersFile.write(usersFile, List.of(new User("qa", Set.of(Role.QA), List.of(),
                FAST.hash(PASSWORD.toCharArray()), List.of())));
        service = new ReportService(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                RecommendationCatalogue.bundled());
    }

    static WebServer start(WebServer.Tls tls, boolean trustForwarded, AccessLog log) throws Exception {
        SignIn signIn = new SignIn(new LocalUsers(usersFile, FAST), null, new Sessions(Clock.systemUTC(),
                Duration.ofMinutes(30), Duration.ofHours(10)), new SignInThrottle(Clock.systemUTC()), log);
        return WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, 1024 * 1024), Clock.systemUTC(),
                "test", TrendsView.NONE, new WebServer.Deployment(signIn, log, tls, trustForwarded));
    }

    static HttpClient.Builder trusting(Path keystore) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context);
    }

    static String cookie(HttpResponse<String> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie: " + answer.headers()));
    }

    @Test
    void overTlsTheCookiesAreSecureAndBrowsersAreToldToKeepToHttps() throws Exception {
        try (WebServer server = start(new WebServer.Tls(keystore, KEYSTORE_PASSWORD), false, AccessLog.NONE)) {
            Visitor visitor = new Visitor("https://127.0.0.1:" + server.port(), trusting(keystore));
            HttpResponse<String> page = visitor.get("/sign-in");
            assertEquals(200, page.statusCode());
            assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElseThrow());
            assertTrue(cookie(page, SignIn.SIGN_IN_COOKIE).contains("Secure"));
            HttpResponse<String> signedIn = visitor.signIn("qa", PASSWORD);
            assertEquals(303, signedIn.statusCode(), signedIn.body());
            assertTrue(cookie(signedIn, SignIn.SESSION_COOKIE).contains("Secure"));
            assertTrue(cookie(signedIn, SignIn.CSRF_COOKIE).contains("Secure"));
            assertEquals(200, visitor.get("/api/me").statusCode(), "the Secure session cookie comes back over HTTPS");

            Visitor plain = new Visitor(server.port());
            assertThrows(IOException.class, () -> plain.get("/sign-in"), "no plain HTTP on the TLS port");
        }
    }

    @Test
    void aWrongKeystorePasswordStopsTheServerStarting() {
        assertThrows(RuntimeException.class, () -> start(new WebServer.Tls(keystore, "not the password"), false,
                AccessLog.NONE).close());
    }

    @Test
    void forwardedHeadersAreBelievedOnlyWhenToldTo() throws Exception {
        String[] proxy = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9"};
        Path trustedLog = folder.resolve("trusted.log");
        try (WebServer server = start(null, true, new AccessLog(Files.newBufferedWriter(trustedLog), Clock.systemUTC()))) {
            HttpResponse<String> signedIn = new Visitor(server.port()).signIn("qa", PASSWORD, proxy);
            assertEquals(303, signedIn.statusCode());
            assertTrue(cookie(signedIn, SignIn.SESSION_COOKIE).contains("Secure"), "the proxy served HTTPS");
        }
        assertTrue(Files.readString(trustedLog).contains("\"address\":\"203.0.113.9\""), Files.readString(trustedLog));

        Path untrustedLog = folder.resolve("untrusted.log");
        try (WebServer server = start(null, false, new AccessLog(Files.newBufferedWriter(untrustedLog),
                Clock.systemUTC()))) {
            HttpResponse<String> signedIn = new Visitor(server.port()).signIn("qa", PASSWORD, proxy);
            assertEquals(303, signedIn.statusCode());
            assertFalse(cookie(signedIn, SignIn.SESSION_COOKIE).contains("Secure"), "a client's own claim is ignored");
        }
        String log = Files.readString(untrustedLog);
        assertTrue(log.contains("\"address\":\"127.0.0.1\"") && !log.contains("203.0.113.9"), log);
    }
}
