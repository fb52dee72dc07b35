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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportRejected;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * In a real browser: on a report page, a cell with evidence is clickable and shows the source text around it with
 * exactly the cell's printed text marked; an issue and a prose figure do the same; the batches page lists the
 * batch and its failure. Saves target/console-evidence.png.
 */
@QuarkusTest
@TestProfile(SeparateStoresProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
class EvidenceConsoleBrowserTest {

    @TestHTTPResource("/")
    URL console;

    private static void send(String topic, String key, String value) {
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class))) {
            kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, key, value))).awaitCompletion(Duration.ofSeconds(60));
        }
    }

    @Test
    void clickingACellShowsItsSourceSpanHighlighted() throws Exception {
        assumeTrue(Files.isExecutable(ConsoleBrowserTest.CHROMIUM) && Files.isExecutable(ConsoleBrowserTest.CHROMEDRIVER),
                "needs Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        String batch = "console-" + UUID.randomUUID();
        ParsedSeed yantai = ParsedSeed.of(Corpus.documents(Corpus.seeds()).stream()
                .filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow(), batch);
        send(Topics.RAW, yantai.reportId(), yantai.raw());
        send(Topics.PARSED, yantai.reportId(), yantai.parsedEvent());
        send(Topics.VALIDATED, yantai.reportId(), yantai.validated());
        send(Topics.REJECTED, batch, JsonCodec.write(EventEnvelope.of(batch, EventTypes.REPORT_REJECTED,
                new ReportRejected(batch, "空文件.txt", "text/plain", 0, 400, "请求中没有文档内容", Instant.now()))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/reports/" + yantai.reportId())
                .then().statusCode(200).body("status", equalTo("VALIDATED")));

        ChromeDriver browser = ConsoleBrowserTest.startBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(console + "#/report/" + yantai.reportId());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table3 td.has-evidence")));

            // a cell of Table 3 whose printed text is a figure: the panel marks exactly that text
            WebElement td = browser.findElements(By.cssSelector("#table3 td.has-evidence")).stream()
                    .filter(e -> {
                        CellEvidence ev = yantai.report().cells.get(e.getDomAttribute("data-evidence"));
                        return ev != null && ev.meaning() == CellEvidence.Meaning.NUMERIC && ev.raw().length() >= 2;
                    }).findFirst().orElseThrow();
            CellEvidence ev = yantai.report().cells.get(td.getDomAttribute("data-evidence"));
            td.click();
            WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence mark")));
            assertEquals(ev.raw(), mark.getText());
            String shown = browser.findElement(By.cssSelector("#evidence pre")).getText();
            String around = yantai.text().substring(Math.max(0, ev.offset() - 20), ev.offset());
            assertTrue(shown.contains(around.strip()), "the text before the span is shown: " + around);
            Path shot = Path.of("target", "console-evidence.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            // a prose figure shows its quote
            List<WebElement> figures = browser.findElements(By.cssSelector("#narrative tr.has-evidence"));
            assertFalse(figures.isEmpty(), "prose figures with an offset are clickable");
            figures.get(0).click();
            String quote = yantai.report().narrative.stream().filter(f -> f.offset != null).findFirst().orElseThrow().quote;
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#evidence mark"), quote));

            // an issue on a cell shows that cell's span
            List<WebElement> issues = browser.findElements(By.cssSelector("ul.issues li.has-evidence"));
            assertFalse(issues.isEmpty(), "the seed's N_MISMATCH issue names a cell with evidence");
            issues.get(0).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#evidence"), issues.get(0).getDomAttribute("data-issue-path")));
            assertFalse(browser.findElement(By.cssSelector("#evidence mark")).getText().isEmpty());
            ConsoleBrowserTest.assertOnlyTheConsolesOwnScripts(browser);

            // the batch: listed, with the refused document and its reason
            browser.get(console + "#/batches");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#batches a[href='#/batch/" + batch + "']"))).click();
            WebElement failures = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-failures")));
            assertTrue(failures.getText().contains("空文件.txt") && failures.getText().contains("请求中没有文档内容"), failures.getText());
        } finally {
            browser.quit();
        }
    }
}
