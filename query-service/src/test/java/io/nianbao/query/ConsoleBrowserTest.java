package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.nianbao.contracts.Topics;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The console in a real browser (Debian's headless Chromium through chromedriver): a seed's events go through
 * Kafka, then the report page must show the cells at fault highlighted with the issue message beside them and
 * the prose figure that disagrees. Saves target/console-report.png.
 */
@QuarkusTest
@TestProfile(SeparateStoresProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
class ConsoleBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL console;

    @Test
    void reportPageHighlightsTheCellsAtFault() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        Seed yantai = Seed.all().get(0);
        assertFalse(yantai.issues().isEmpty(), "the Yantai seed's prose disagrees with its tables");
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class))) {
            for (var record : List.of(
                    new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.RAW, yantai.reportId(), yantai.raw()),
                    new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.PARSED, yantai.reportId(), yantai.parsed()),
                    new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.VALIDATED, yantai.reportId(), yantai.validated()))) {
                kafka.produceStrings().fromRecords(List.of(record)).awaitCompletion(Duration.ofSeconds(60));
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/reports/" + yantai.reportId())
                .then().statusCode(200).body("status", equalTo("VALIDATED")));

        ChromeDriver browser = startBrowser();
        try {
            browser.get(console + "#/report/" + yantai.reportId());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table4 td.bad")));

            // the Table 4 cells behind 行政诉讼31起 (N_MISMATCH on reviewLitigation.litigation.total) are highlighted
            List<WebElement> bad = browser.findElements(By.cssSelector("#table4 td.bad"));
            assertTrue(bad.stream().anyMatch(td -> "reviewLitigation.litigationDirect.4".equals(td.getDomAttribute("data-path"))),
                    "litigation total cell highlighted");
            WebElement litigation = bad.stream()
                    .filter(td -> "reviewLitigation.litigationDirect.4".equals(td.getDomAttribute("data-path"))).findFirst().orElseThrow();
            assertEquals(String.valueOf(yantai.report().tables.reviewLitigation.litigationDirect.get(4)), litigation.getText());
            assertTrue(litigation.getDomAttribute("title").contains("N_MISMATCH"), litigation.getDomAttribute("title"));
            // … and the message is shown beside the table, and the prose figure that disagrees is marked
            String notes = browser.findElements(By.cssSelector("td.note")).stream().map(WebElement::getText)
                    .reduce("", String::concat);
            assertTrue(notes.contains("行政诉讼31起") || notes.contains("31"), notes);
            List<WebElement> mismatches = browser.findElements(By.cssSelector("#narrative tr.mismatch"));
            assertEquals(yantai.issues().stream().filter(i -> i.code().equals("N_MISMATCH")).count(), mismatches.size());
            // report text is shown as text: the page has no element that came from report data as HTML
            assertOnlyTheConsolesOwnScripts(browser);

            ((JavascriptExecutor) browser).executeScript("document.querySelector('#table4').scrollIntoView()");
            Path shot = Path.of("target", "console-report.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertTrue(Files.size(shot) > 10_000, "screenshot written");

            // the body's page draws its charts with the locally served ECharts (allowed by the CSP: same origin)
            browser.get(console + "#/org/" + java.net.URLEncoder.encode(yantai.report().organization, java.nio.charset.StandardCharsets.UTF_8));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main ul li a[href='#/report/" + yantai.reportId() + "']")));
            Files.write(Path.of("target", "console-body.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.get(console + "#/stats?year=" + yantai.report().year);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart canvas")));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("N_MISMATCH") || browser
                    .findElements(By.cssSelector(".card b")).size() >= 2);
            browser.get(console + "#/reports?severity=WARNING");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.grid .badge.WARNING")));
        } finally {
            browser.quit();
        }
    }

    @Test
    void textFromAReportIsShownAsTextNeverRunAsCode() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        Seed yantai = Seed.all().get(0);
        io.nianbao.contracts.model.ParsedReport hostile = io.nianbao.contracts.JsonCodec.readReport(
                io.nianbao.contracts.JsonCodec.write(yantai.report()));
        hostile.title = "<script>alert(1)</script>";
        hostile.organization = "<img src=x onerror=alert(2)>某县人民政府";
        byte[] bytes = ("hostile " + hostile.title).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Seed attack = new Seed(yantai.document(), io.nianbao.contracts.ReportIds.of(bytes), yantai.source(), hostile,
                new io.nianbao.rules.ReportValidator().validate(hostile), bytes);
        send(Topics.RAW, attack.reportId(), attack.raw());
        send(Topics.PARSED, attack.reportId(), attack.parsed());
        send(Topics.VALIDATED, attack.reportId(), attack.validated());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/reports/" + attack.reportId())
                .then().statusCode(200).body("status", equalTo("VALIDATED")));

        ChromeDriver browser = startBrowser();
        try {
            browser.get(console + "#/report/" + attack.reportId());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "<script>alert(1)</script>"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("<img src=x onerror=alert(2)>"),
                    "the organisation is shown as the text it is");
            assertEquals(0, browser.findElements(By.cssSelector("main script, main img")).size(),
                    "no element was made from the report's text");
            assertOnlyTheConsolesOwnScripts(browser);
            browser.get(console + "#/reports");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "<img src=x onerror=alert(2)>"));
            assertEquals(0, browser.findElements(By.cssSelector("main img")).size());
        } finally {
            browser.quit();
        }
    }

    /** every script of the page is a file served by the console (none inline, none made from report text) */
    static void assertOnlyTheConsolesOwnScripts(ChromeDriver browser) {
        Object foreign = ((JavascriptExecutor) browser).executeScript("return Array.from(document.scripts)"
                + ".filter(s => !s.src || new URL(s.src).origin !== location.origin).length");
        assertEquals(0L, foreign);
        Object scripts = ((JavascriptExecutor) browser).executeScript("return document.scripts.length");
        assertEquals((long) browser.findElements(By.cssSelector("head script[src]")).size(), scripts);
    }

    static ChromeDriver startBrowser() throws java.io.IOException {
        Path profile = Files.createTempDirectory("nianbao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,2400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void send(String topic, String key, String value) {
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class))) {
            kafka.produceStrings().fromRecords(List.of(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, key, value)))
                    .awaitCompletion(Duration.ofSeconds(60));
        }
    }

    @Test
    void uploadPageFollowsAReportFromReceivedToValidated() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        Seed doc = Seed.of(Corpus.documents(Corpus.synthetic()).get(0));
        try (RecordingIngest ingest = new RecordingIngest(r -> "{\"results\":[{\"fileName\":\"" + doc.name()
                + "\",\"reportId\":\"" + doc.reportId() + "\",\"status\":\"ACCEPTED\",\"httpStatus\":202}]}")) {
            ChromeDriver browser = startBrowser();
            try {
                browser.get(console + "#/upload");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
                browser.findElement(By.id("token")).sendKeys("test-token");
                browser.findElement(By.id("files")).sendKeys(doc.document().toAbsolutePath().toString());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='#/report/" + doc.reportId() + "']")));
                assertEquals("Bearer test-token", ingest.received.get(0).authorization());
                assertTrue(ingest.received.get(0).text().contains(doc.name()));
                // the pipeline's events arrive one by one; the page lights each step
                send(Topics.RAW, doc.reportId(), doc.raw());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("span[data-step='RECEIVED'].done")));
                send(Topics.PARSED, doc.reportId(), doc.parsed());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("span[data-step='PARSED'].done")));
                send(Topics.VALIDATED, doc.reportId(), doc.validated());
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("span[data-step='VALIDATED'].done")));
                Path shot = Path.of("target", "console-upload.png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } finally {
                browser.quit();
            }
        }
    }
}
