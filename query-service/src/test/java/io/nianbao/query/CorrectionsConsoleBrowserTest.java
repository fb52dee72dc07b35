package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.CellPaths;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.ReportValidator;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The console's correction in a real browser: correction mode, a click on the misread 总计 cell, the right figure,
 * a reason and the token, saved as version 2; once version 2 is validated the versions list shows both and the
 * diff names the cell.
 */
@QuarkusTest
@TestProfile(CorrectionsProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
class CorrectionsConsoleBrowserTest {
    static final String CELL = "applications.total[6]";

    @TestHTTPResource("/")
    URL console;

    @Test
    void aCellIsCorrectedFromTheReportPage() throws Exception {
        assumeTrue(Files.isExecutable(ConsoleBrowserTest.CHROMIUM) && Files.isExecutable(ConsoleBrowserTest.CHROMEDRIVER),
                "needs Debian packages chromium and chromium-driver");
        ReportValidator validator = new ReportValidator();
        ParsedReport misread = JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed("002"))));
        long printed = misread.tables.applications.total.get(6);
        CellPaths.set(misread, CELL, printed + 5);
        misread.organization = "测试更正丁区人民政府";
        String id = ReportIds.of(("console-correction-" + UUID.randomUUID()).getBytes());
        try (KafkaCompanion kafka = CorrectionsTest.companion()) {
            CorrectionsTest.send(kafka, Topics.PARSED, id,
                    JsonCodec.write(EventEnvelope.of(id, EventTypes.REPORT_PARSED, new ReportParsed(null, misread, 1000))));
            CorrectionsTest.send(kafka, Topics.VALIDATED, id, CorrectionsTest.validated(id, misread, 1, "parsed", validator.validate(misread), null));
        }
        await().atMost(CorrectionsTest.WAIT).untilAsserted(() -> given().get("/api/reports/" + id).then().statusCode(200)
                .body("status", equalTo("VALIDATED")));

        ChromeDriver browser = ConsoleBrowserTest.startBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(console + "#/report/" + id);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("correction-mode"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#table3 td[data-path='applications.total.6']"))).click();
            WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pending-corrections input[data-path='" + CELL + "']")));
            assertEquals(String.valueOf(printed + 5), input.getDomProperty("value"));
            input.clear();
            input.sendKeys(String.valueOf(printed));
            browser.findElement(By.id("correction-reason")).sendKeys("总计抄录有误");
            browser.findElement(By.id("correction-author")).sendKeys("审核员乙");
            WebElement token = browser.findElement(By.id("correction-token"));
            token.clear();
            token.sendKeys("test-token");
            browser.findElement(By.id("correction-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction-message"), "版本 2"));

            given().get("/api/reports/" + id).then().body("version", equalTo(2)).body("tables.applications.total[6]", equalTo((int) printed));
            // validate-service's part: version 2 validated; the page then stops following the status
            ParsedReport v2 = JsonCodec.mapper().convertValue(
                    given().get("/api/reports/" + id + "/versions/2").then().statusCode(200).extract().path("report"), ParsedReport.class);
            List<Issue> issues = validator.validate(v2);
            try (KafkaCompanion kafka = CorrectionsTest.companion()) {
                CorrectionsTest.send(kafka, Topics.VALIDATED, id, CorrectionsTest.validated(id, v2, 2, "corrected", issues, 2));
            }
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .status"), "VALIDATED"));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#versions-table tbody tr"), 2));
            browser.findElement(By.cssSelector("#versions-table tbody tr[data-version='2'] button")).click();
            WebElement diff = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff-table tbody tr")));
            assertEquals(CELL, diff.getDomAttribute("data-path"));
            assertTrue(diff.getText().startsWith(CELL), diff.getText());
            assertTrue(browser.findElement(By.id("versions-table")).getText().contains("审核员乙"));
            ConsoleBrowserTest.assertOnlyTheConsolesOwnScripts(browser);
        } finally {
            browser.quit();
        }
    }
}
