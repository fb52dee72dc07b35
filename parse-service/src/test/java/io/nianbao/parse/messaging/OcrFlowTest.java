package io.nianbao.parse.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawAttachment;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.ocr.render.ReportPages;
import io.nianbao.ocr.render.TableImages;
import io.nianbao.ocr.render.TemplateTables;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The service reads a table published as a picture: an HTML page whose Table 4 is an inline PNG goes through the
 * real broker and comes out with that table PRESENT, {@code source: "OCR"}, its figures as drawn. The tests need
 * tesseract (CI installs it), and /q/health says OCR is available. Pictures that came with an HTML page on
 * reports.raw as attachments (as ingest puts a page pushed together with its pictures) are read the same way; a table
 * whose picture did not come along stays IMAGE_ONLY.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class OcrFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(240);

    @ConfigProperty(name = "nianbao.test.kafka")
    String bootstrap;

    @Test
    void healthSaysOcrIsAvailable() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("ocr"))
                .body("checks.find { it.name == 'ocr' }.data.available", org.hamcrest.Matchers.is(true));
    }

    @Test
    void aTablePublishedAsAPictureIsReadByOcr() throws Exception {
        ParsedReport expected = JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed("000"))));
        byte[] t4 = TableImages.png(TemplateTables.reviewLitigation(expected.tables.reviewLitigation), 150, false, 0, 1);
        String html = ReportPages.html(expected, "<p>表格见附件</p>", "<p>略</p>", ReportPages.img(t4))
                + "<!-- " + UUID.randomUUID() + " -->";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        String reportId = ReportIds.of(bytes);
        ReportSource source = new ReportSource("page.html", "text/html", bytes.length, ReportIds.sha256(bytes), null, null,
                null, Instant.now(), "ocr-test");
        String value = JsonCodec.write(EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED, RawReportReceived.of(source, bytes)));
        ParsedReport report = parsedFromRaw(reportId, value);
        assertEquals(TableStatus.PRESENT, report.tables.reviewLitigation.status, report.notes.toString());
        assertEquals("OCR", report.tables.reviewLitigation.source);
        assertEquals(expected.tables.reviewLitigation.administrativeReview, report.tables.reviewLitigation.administrativeReview);
        assertEquals(expected.tables.reviewLitigation.litigationDirect, report.tables.reviewLitigation.litigationDirect);
        assertEquals(expected.tables.reviewLitigation.litigationAfterReview, report.tables.reviewLitigation.litigationAfterReview);
        assertNotNull(report.cells.get("reviewLitigation.administrativeReview[4]").confidence());
    }

    @Test
    void picturesAttachedToTheirPageAreReadByOcr() throws Exception {
        ParsedReport expected = JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed("000"))));
        byte[] t2 = TableImages.png(TemplateTables.activeDisclosure(expected.tables.activeDisclosure), 150, false, 0, 2);
        byte[] t4 = TableImages.png(TemplateTables.reviewLitigation(expected.tables.reviewLitigation), 150, false, 0, 4);
        String html = ReportPages.html(expected, "<p><img src=\"pics/t2.png\" alt=\"表二\"></p>",
                "<p><img src=\"pics/t3.png\" alt=\"表三\"></p>",
                "<p><img data-src=\"/upload/2021/t4.png?v=1\" src=\"\"></p>") + "<!-- " + UUID.randomUUID() + " -->";
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        Map<String, String> hashes = new TreeMap<>(Map.of("t2.png", ReportIds.sha256(t2), "t4.png", ReportIds.sha256(t4)));
        String reportId = ReportIds.ofPageWithPictures(ReportIds.sha256(page), hashes);
        ReportSource source = new ReportSource("report.html", "text/html", page.length, ReportIds.sha256(page), null, null,
                null, Instant.now(), "pictures-test");
        RawReportReceived raw = RawReportReceived.of(source, page,
                List.of(RawAttachment.of("t2.png", "image/png", t2), RawAttachment.of("t4.png", "image/png", t4)));
        String value = JsonCodec.write(EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED, raw));

        ParsedReport report = parsedFromRaw(reportId, value);

        assertEquals(TableStatus.PRESENT, report.tables.activeDisclosure.status, report.notes.toString());
        assertEquals("OCR", report.tables.activeDisclosure.source);
        List<String> wrong = new ArrayList<>();
        expected.tables.activeDisclosure.groups.forEach((group, figures) -> figures.forEach((field, drawn) -> {
            Number read = report.tables.activeDisclosure.figure(group, field);
            if (drawn == null ? read != null : read == null || Math.abs(drawn.doubleValue() - read.doubleValue()) > 1e-6) {
                wrong.add(group + "." + field + " expected " + drawn + " read " + read);
            }
        }));
        assertEquals(List.of(), wrong, "Table 2 as drawn");

        assertEquals(TableStatus.PRESENT, report.tables.reviewLitigation.status, report.notes.toString());
        assertEquals("OCR", report.tables.reviewLitigation.source);
        assertEquals(expected.tables.reviewLitigation.administrativeReview, report.tables.reviewLitigation.administrativeReview);
        assertEquals(expected.tables.reviewLitigation.litigationDirect, report.tables.reviewLitigation.litigationDirect);
        assertEquals(expected.tables.reviewLitigation.litigationAfterReview, report.tables.reviewLitigation.litigationAfterReview);
        assertNotNull(report.cells.get("reviewLitigation.litigationDirect[4]").confidence());

        // t3.png was not among the attachments: that table stays a picture
        assertEquals(TableStatus.IMAGE_ONLY, report.tables.applications.status);
        assertTrue(report.organization != null && report.organization.equals(expected.organization), report.organization);
    }

    /** publishes a raw record and waits for its parsed report to come out of the real broker */
    private ParsedReport parsedFromRaw(String reportId, String value) {
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            companion.produceStrings().fromRecords(new ProducerRecord<>(Topics.RAW, reportId, value)).awaitCompletion(WAIT);
            ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Topics.PARSED);
            ParsedReport report = await().atMost(WAIT).until(() -> task.getRecords().stream()
                    .filter(r -> reportId.equals(r.key())).map(r -> JsonCodec.readParsed(r.value()).payload().report())
                    .findFirst().orElse(null), r -> r != null);
            task.close();
            return report;
        }
    }
}
