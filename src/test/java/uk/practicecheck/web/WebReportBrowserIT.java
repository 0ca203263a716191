package uk.practicecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.practicecheck.PlainEnglish;
import uk.practicecheck.annexa.AnnexAWorkbookWriter;
import uk.practicecheck.audit.AuditResult;
import uk.practicecheck.audit.StreamingAuditor;
import uk.practicecheck.catalogue.RecommendationCatalogue;
import uk.practicecheck.engine.Outcome;
import uk.practicecheck.engine.RuleBook;
import uk.practicecheck.engine.RuleBookCompiler;
import uk.practicecheck.engine.RuleInfo;
import uk.practicecheck.engine.RuleSources;
import uk.practicecheck.indicator.IndicatorReport;
import uk.practicecheck.indicator.IndicatorTexts;
import uk.practicecheck.policy.PolicyLoader;

/**
 * The page in a real browser: Debian's headless Chromium driven through chromedriver. It uploads
 * a sample, waits for the report, checks the figures on screen against the same run made
 * directly, and saves a screenshot to {@code target/web-report.png}.
 */
class WebReportBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final Path SAMPLE = Path.of("src/test/resources/web-uploads/cases.ndjson");

    @TempDir
    static Path profile;

    static RuleBook ruleBook;
    static WebServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the browser test needs Debian's chromium and chromium-driver packages "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them).");
        ruleBook = RuleBookCompiler.compile(RuleSources.bundled());
        ReportService service = new ReportService(ruleBook, PolicyLoader.defaults(), RecommendationCatalogue.bundled());
        server = WebServer.start(service, new WebServer.Settings("127.0.0.1", 0, 5L * 1024 * 1024),
                Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "browser-test");

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,4200", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driverService, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void uploadingASampleShowsTheReportWithTheKeyFigures() throws Exception {
        AuditResult expected = new StreamingAuditor(ruleBook, PolicyLoader.defaults(), RecommendationCatalogue.bundled(),
                new StreamingAuditor.Settings(AS_OF, 1, 0, 0, null))
                .auditAll(TestUploads.inputs(List.of(new Upload("cases.ndjson", "", Files.readAllBytes(SAMPLE)))));
        long needingAction = expected.cases().stream()
                .filter(c -> c.outcome() == Outcome.NOT_MET || c.outcome() == Outcome.ERROR).count();

        browser.get("http://127.0.0.1:" + server.port() + "/");
        WebElement date = browser.findElement(By.id("as-of"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, AS_OF.toString());
        browser.findElement(By.id("files")).sendKeys(SAMPLE.toAbsolutePath().toString());
        browser.findElement(By.id("check-button")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figures")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Report ready"));

        assertEquals(String.valueOf(expected.recordsRead()), text("figure-read"));
        assertEquals(String.valueOf(expected.cases().size()), text("figure-checked"));
        assertEquals(String.valueOf(expected.rejections().size()), text("figure-rejected"));
        assertEquals(String.valueOf(needingAction), text("figure-needing-action"));
        assertEquals(String.valueOf(expected.outcomeCounts().get(Outcome.NOT_MET)), text("figure-not-met"));
        List<WebElement> indicators = browser.findElements(By.cssSelector("#indicator-table tbody tr"));
        assertEquals(expected.indicators().indicators().size(), indicators.size(), "one row an indicator");
        IndicatorReport.Indicator first = expected.indicators().indicators().get(0);
        List<WebElement> cells = indicators.get(0).findElements(By.cssSelector("th, td"));
        assertEquals(first.definition().title(), cells.get(0).getText());
        assertEquals(IndicatorTexts.value(first.definition(), first.overall()), cells.get(1).getText());
        assertTrue(cells.get(2).getText().contains("Middlesbrough 2016 inspection (2014–15): 85%"), "beside the inspectors' figures");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return (document.getElementById('indicators')"
                + ".compareDocumentPosition(document.getElementById('figures')) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0"),
                "the indicators come first");
        long rulesApplying = ruleBook.rules().stream().filter(rule -> expected.cases().stream()
                .flatMap(c -> c.rules().stream())
                .anyMatch(r -> r.rule().id().equals(rule.id()) && r.outcome() != Outcome.NOT_APPLICABLE)).count();
        assertEquals(rulesApplying + 1, browser.findElements(By.cssSelector("#by-rule tr")).size(),
                "a row for each rule that applied to some case, under the heading row");
        assertEquals("Red", browser.findElement(By.cssSelector("#by-rule tbody tr .rating")).getText(),
                "the most pressing rule first; the sample has rules not met by most cases");
        assertTrue(browser.findElement(By.id("rejection-list")).getText().contains("legalStatuses[0].start"));

        List<WebElement> cases = browser.findElements(By.cssSelector("#cases article.case"));
        assertEquals(expected.cases().size(), cases.size());
        assertTrue(cases.get(0).getText().contains("Not met"), "cases needing action come first");
        assertTrue(browser.findElement(By.id("cases")).getText().contains("Test Child <C>"),
                "names are shown as text, not interpreted as markup");
        assertTrue(browser.findElement(By.id("cases")).getText().contains("Inspectors asked:"));
        assertTrue(browser.findElement(By.id("cases")).getText().contains(RuleInfo.NO_RECOMMENDATION),
                "a rule no recommendation asks for says so");
        assertTrue(browser.findElement(By.id("cases")).getText().contains("Source: Care Planning, Placement and Case Review"),
                "and quotes the statutory source the policy cites");

        screenshot(Path.of("target", "web-report.png"));

        new Select(browser.findElement(By.id("filter-team"))).selectByVisibleText("Assessment Team A");
        long teamCases = expected.cases().stream().filter(c -> "Assessment Team A".equals(c.team())).count();
        assertEquals(teamCases, browser.findElements(By.cssSelector("#cases article.case")).size());
        new Select(browser.findElement(By.id("filter-outcome"))).selectByValue("CANNOT_TELL");
        assertTrue(browser.findElement(By.id("case-count")).getText().startsWith("Showing"));
    }

    @Test
    void uploadingAnAnnexAWorkbookShowsItsChildrenAndTheRowsThatCouldNotBeRead() throws Exception {
        LocalDate extracted = LocalDate.of(2026, 3, 31);
        Path workbook = Path.of("samples/annex-a-sample.xlsx");
        Path bad = profile.resolve("annex-a-with-a-bad-date.xlsx");
        AnnexAWorkbookWriter.write(bad, List.of(new AnnexAWorkbookWriter.SheetSpec("List 8 - Children in care",
                List.of("Child Unique ID", "Date Started to be Looked After", "Date of Latest Statutory Review",
                        "Allocated Team", "Allocated Worker"),
                List.of(Arrays.asList("XB00001", LocalDate.of(2025, 6, 2), "31/02/2026", "Team A", "Worker 1"),
                        Arrays.asList("XB00002", LocalDate.of(2025, 11, 3), null, "Team B", "Worker 2")))));
        AuditResult expected = new StreamingAuditor(ruleBook, PolicyLoader.defaults(), RecommendationCatalogue.bundled(),
                new StreamingAuditor.Settings(extracted, 1, 0, 0, null))
                .auditAll(TestUploads.inputs(List.of(
                        new Upload(workbook.getFileName().toString(), "", Files.readAllBytes(workbook)),
                        new Upload(bad.getFileName().toString(), "", Files.readAllBytes(bad)))));
        assertEquals(201, expected.cases().size());
        long needingAction = expected.cases().stream()
                .filter(c -> c.outcome() == Outcome.NOT_MET || c.outcome() == Outcome.ERROR).count();

        browser.get("http://127.0.0.1:" + server.port() + "/");
        WebElement date = browser.findElement(By.id("as-of"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, extracted.toString());
        browser.findElement(By.id("files")).sendKeys(workbook.toAbsolutePath() + "\n" + bad.toAbsolutePath());
        browser.findElement(By.id("check-button")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Report ready"));

        assertEquals("202", text("figure-read"));
        assertEquals("201", text("figure-checked"));
        assertEquals("1", text("figure-rejected"));
        assertEquals(String.valueOf(needingAction), text("figure-needing-action"));
        assertEquals(String.valueOf(expected.outcomeCounts().get(Outcome.NOT_MET)), text("figure-not-met"));
        String rejections = browser.findElement(By.id("rejection-list")).getText();
        assertTrue(rejections.contains("annex-a-with-a-bad-date.xlsx")
                && rejections.contains("List 8 - Children in care, row 2, column C (Date of Latest Statutory Review)")
                && rejections.contains("'31/02/2026' is not a date"), rejections);
        assertFalse(rejections.contains("field List"), "a place in a workbook is not called a field: " + rejections);
        assertEquals("Showing 100 of 201 cases (201 checked).", text("case-count"), "the first hundred at once");
        assertTrue(browser.findElements(By.cssSelector("#cases article.case")).get(0).getText().contains("Not met"),
                "cases needing action come first");
        assertTrue(browser.findElement(By.id("cases")).getText().contains("AA000"), "children by their Annex A id");

        screenshot(Path.of("target", "web-report-annex-a.png"));
    }

    @Test
    void aSingleCaseOpensOnTheChildAndFitsAPhone() throws Exception {
        Path sample = Path.of("samples/06-looked-after-family-finding-late.json");
        for (int width : new int[] {1400, 390}) {
            // Chrome keeps a desktop window at least 500 px wide, so a phone's width is emulated.
            browser.manage().window().setSize(new Dimension(Math.max(width, 800), 900));
            emulateWidth(width, 844);
            browser.get("http://127.0.0.1:" + server.port() + "/");
            WebElement date = browser.findElement(By.id("as-of"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", date, "2026-11-23");
            browser.findElement(By.id("files")).sendKeys(sample.toAbsolutePath().toString());
            browser.findElement(By.id("check-button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Report ready"));

            List<String> headings = browser.findElements(By.cssSelector("#report h3, #report h5")).stream()
                    .map(WebElement::getText).toList();
            assertEquals("The child", headings.get(0), "a single case opens on the child: " + headings);
            assertTrue(headings.get(1).startsWith("Ruby H."), headings.toString());
            assertEquals(browser.findElement(By.cssSelector("#cases .case-title")), browser.switchTo().activeElement(),
                    "the child's name has the focus");
            List<String> groups = browser.findElements(By.cssSelector("#cases .group-heading")).stream()
                    .map(g -> g.getText().replaceAll(" \\(.*", "")).toList();
            List<String> order = List.of("Rule errors", "Not met", "The record cannot tell", "Due soon", "Met", "Due later");
            assertEquals("Not met", groups.get(0), groups.toString());
            assertEquals(groups.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList(), groups,
                    "not met, then cannot tell, then due soon, then met");
            String page = browser.findElement(By.tagName("body")).getText();
            PlainEnglish.assertPlain("web page at " + width + " px", page);
            assertTrue(browser.findElements(By.cssSelector("#cases .not-applicable[open]")).isEmpty(),
                    "rules that do not apply are folded away");

            long scrollWidth = (Long) ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            assertTrue(scrollWidth <= viewport, "no sideways scrolling at " + width + " px: the page is " + scrollWidth + " px wide");
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
            emulateWidth(width, (int) Math.min(height + 20, 12_000));
            screenshot(Path.of("target", "web-report-" + width + ".png"));
        }
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().window().setSize(new Dimension(1280, 4200));
    }

    @Test
    void aMalformedUploadShowsAReadableMessage() throws Exception {
        Path bad = profile.resolve("broken.json");
        Files.writeString(bad, "{\"caseId\": \"X\",");
        browser.get("http://127.0.0.1:" + server.port() + "/");
        browser.findElement(By.id("files")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("check-button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
        assertTrue(problem.getText().contains("No case could be read"), problem.getText());
        assertTrue(problem.getText().contains("broken.json"), problem.getText());
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private static void emulateWidth(int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
    }

}
