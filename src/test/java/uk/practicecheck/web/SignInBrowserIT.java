package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.practicecheck.TestRuleBooks;
import uk.practicecheck.auth.LocalUsers;
import uk.practicecheck.auth.OpenIdConnect;
import uk.practicecheck.auth.Passwords;
import uk.practicecheck.auth.Role;
import uk.practicecheck.auth.Sessions;
import uk.practicecheck.auth.SignInThrottle;
import uk.practicecheck.auth.TestIdentityProvider;
import uk.practicecheck.auth.User;
import uk.practicecheck.auth.UsersFile;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.policy.PolicyLoader;

/**
 * Signing in through the page in headless Chromium (Debian's chromium and chromedriver): with a
 * password from the users file, and at an OpenID Connect provider started by the test; then an
 * upload (the page's scripts send the session's CSRF token) and signing out.
 */
class SignInBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String PASSWORD = "correct horse battery";
    static final Path SAMPLE = Path.of("src/test/resources/web-uploads/cases.ndjson");

    @TempDir
    static Path folder;

    static TestIdentityProvider provider;
    static WebServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the browser test needs Debian's chromium and chromium-driver packages "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them).");
        Passwords fast = new Passwords(4);
        Path usersFile = folder.resolve("users.json");
        UsersFile.write(usersFile, List.of(new User("sam.qa", Set.of(Role.QA), List.of(),
                fast.hash(PASSWORD.toCharArray()), List.of())));
        provider = new TestIdentityProvider("practice-check", "browser test secret");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        OpenIdConnect oidc = OpenIdConnect.discover(new OpenIdConnect.Settings(provider.issuer(), "practice-check",
                "browser test secret", URI.create(base + "/sign-in/callback"), "roles", "groups", null),
                Clock.systemUTC());
        SignIn signIn = new SignIn(new LocalUsers(usersFile, fast), oidc, new Sessions(Clock.systemUTC(),
                Duration.ofMinutes(30), Duration.ofHours(10)), new SignInThrottle(Clock.systemUTC()), AccessLog.NONE);
        server = WebServer.start(new ReportService(TestRuleBooks.projectRules(), PolicyLoader.defaults(),
                        RecommendationCatalogue.bundled()), new WebServer.Settings("127.0.0.1", port, 5L * 1024 * 1024),
                Clock.systemUTC(), "browser-test", TrendsView.NONE, new WebServer.Deployment(signIn, AccessLog.NONE,
                        null, false));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,2000", "--user-data-dir=" + folder.resolve("profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @AfterEach
    void signedOutBetweenTests() {
        browser.manage().deleteAllCookies();
    }

    static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    void signingInWithAPasswordOnThePageThenCheckingCasesAndSigningOut() {
        browser.get(base + "/rules");
        waitUpTo(10).until(ExpectedConditions.urlContains("/sign-in?next="));
        browser.findElement(By.id("name")).sendKeys("sam.qa");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in-button")).click();
        waitUpTo(10).until(ExpectedConditions.urlToBe(base + "/rules"));

        browser.get(base + "/");
        WebElement date = browser.findElement(By.id("as-of"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, "2026-06-01");
        browser.findElement(By.id("files")).sendKeys(SAMPLE.toAbsolutePath().toString());
        browser.findElement(By.id("check-button")).click();
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Report ready"));
        assertEquals("4", browser.findElement(By.id("figure-checked")).getText().trim(),
                "the upload carried the session's CSRF token");

        WebElement signOut = browser.findElement(By.id("sign-out-button"));
        assertTrue(signOut.isDisplayed(), "signed in: the sign-out button shows");
        signOut.click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-message"),
                "You have signed out."));
        browser.get(base + "/");
        waitUpTo(10).until(ExpectedConditions.urlContains("/sign-in?next="));
    }

    @Test
    void aWrongPasswordIsSaidOnThePage() {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("name")).sendKeys("sam.qa");
        browser.findElement(By.id("password")).sendKeys("not the password at all");
        browser.findElement(By.id("sign-in-button")).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-message"),
                "The user name or password is not right."));
    }

    @Test
    void signingInAtTheIdentityProviderFromThePage() {
        provider.nextSignIn(Map.of("preferred_username", "jo.bloggs@example.gov.uk", "roles", List.of("qa")),
                TestIdentityProvider.Fault.NONE);
        browser.get(base + "/trends");
        waitUpTo(10).until(ExpectedConditions.urlContains("/sign-in?next="));
        browser.findElement(By.id("sign-in-oidc")).click();
        waitUpTo(20).until(ExpectedConditions.urlToBe(base + "/trends"));
        browser.get(base + "/api/me");
        String me = browser.findElement(By.tagName("body")).getText();
        assertTrue(me.contains("\"jo.bloggs@example.gov.uk\"") && me.contains("\"openid-connect\""), me);
        browser.get(base + "/");
        browser.findElement(By.id("sign-out-button")).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-message"),
                "You have signed out."));
    }
}
