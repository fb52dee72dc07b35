package io.nianbao.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.RawAttachment;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An HTML page pushed together with its pictures: the pictures travel in the page's record on reports.raw (real
 * broker, real PostgreSQL), the page with them is a report of its own, and a picture that no page shows is
 * refused on its own. The test profile's limits: 1 MiB per document (page plus pictures), 3 files per request.
 */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class PagePicturesIngestTest {
    private static final String TOKEN = "Bearer test-token";
    private static final int LIMIT = 1024 * 1024;

    @ConfigProperty(name = "nianbao.test.kafka")
    String bootstrap;

    @Test
    void aPageAndThePictureItShowsAreOneReportWithThePictureInItsRecord() throws IOException {
        byte[] page = page("<p><img src=\"images/table2.png?v=3\" alt=\"表2\"></p>");
        byte[] png = png(1);
        String bundleId = ReportIds.ofPageWithPictures(ReportIds.sha256(page), Map.of("table2.png", ReportIds.sha256(png)));

        Response first = push(part("report.html", page, "text/html"), part("table2.png", png, "image/png"));
        first.then().statusCode(207)
                .body("results.status", equalTo(List.of("ACCEPTED", "ATTACHED")))
                .body("results[0].reportId", equalTo(bundleId))
                .body("results[0].attachments", equalTo(List.of("table2.png")))
                .body("results[1].fileName", equalTo("table2.png"))
                .body("results[1].reportId", equalTo(bundleId));

        List<ConsumerRecord<String, String>> records = RawTopicReader.withKey(bootstrap, bundleId, Duration.ofSeconds(3));
        assertEquals(1, records.size());
        RawReportReceived raw = JsonCodec.readRaw(records.get(0).value()).payload();
        assertArrayEquals(page, raw.content());
        assertEquals(ReportIds.sha256(page), raw.source().sha256(), "the source's hash stays the page's own");
        assertEquals(page.length, raw.source().size());
        assertEquals(1, raw.attachments().size());
        RawAttachment attachment = raw.attachments().get(0);
        assertEquals("table2.png", attachment.fileName());
        assertEquals("image/png", attachment.contentType());
        assertArrayEquals(png, attachment.content(), "the picture's bytes arrive unchanged");

        // the same bundle again is the same report, and nothing more is published
        push(part("table2.png", png, "image/png"), part("report.html", page, "text/html")).then().statusCode(207)
                .body("results.status", equalTo(List.of("ATTACHED", "DUPLICATE")))
                .body("results[0].reportId", equalTo(bundleId))
                .body("results[1].reportId", equalTo(bundleId));
        assertEquals(1, RawTopicReader.withKey(bootstrap, bundleId, Duration.ofSeconds(2)).size());

        // the page alone is another report, without attachments
        String pageId = ReportIds.of(page);
        assertNotEquals(bundleId, pageId);
        push(part("report.html", page, "text/html")).then().statusCode(207)
                .body("results[0].status", equalTo("ACCEPTED")).body("results[0].reportId", equalTo(pageId));
        List<ConsumerRecord<String, String>> alone = RawTopicReader.withKey(bootstrap, pageId, Duration.ofSeconds(2));
        assertEquals(1, alone.size());
        assertTrue(JsonCodec.readRaw(alone.get(0).value()).payload().attachments().isEmpty());

        // another picture under the same name makes another bundle
        byte[] otherPng = png(2);
        push(part("report.html", page, "text/html"), part("table2.png", otherPng, "image/png")).then()
                .statusCode(207).body("results.status", equalTo(List.of("ACCEPTED", "ATTACHED")))
                .body("results[0].reportId", equalTo(ReportIds.ofPageWithPictures(ReportIds.sha256(page),
                        Map.of("table2.png", ReportIds.sha256(otherPng)))));
    }

    @Test
    void aPictureNoPageShowsIsRefusedAndThePageGoesOnWithoutIt() throws IOException {
        byte[] page = page("<p><img src=\"table1.png\"></p>");
        byte[] shown = png(3);
        push(part("report.html", page, "text/html"), part("table1.png", shown, "image/png"),
                part("0005.jpg", jpeg(4), "image/jpeg")).then().statusCode(207)
                .body("results.status", equalTo(List.of("ACCEPTED", "ATTACHED", "REJECTED")))
                .body("results[0].attachments", equalTo(List.of("table1.png")))
                .body("results[2].httpStatus", equalTo(400))
                .body("results[2].problem.detail", containsString("图片 0005.jpg 未被同一请求中的任何 HTML 页面引用"));
    }

    @Test
    void picturesAloneAreRefusedAsNotReports() throws IOException {
        push(part("table1.png", png(5), "image/png"), part("table2.gif", gif(), "image/gif")).then()
                .statusCode(207)
                .body("results.status", equalTo(List.of("REJECTED", "REJECTED")))
                .body("results.httpStatus", equalTo(List.of(415, 415)))
                .body("results[0].problem.detail", containsString("HTML 页面"));
    }

    @Test
    void aPictureAsTheWholeBodyIsRefusedWithTheWayToSendIt() throws IOException {
        given().header("Authorization", TOKEN).contentType("image/png").body(png(6)).post("/api/reports").then()
                .statusCode(415).body("detail", containsString("multipart"));
    }

    @Test
    void aPageWithItsPicturesMustFitTheDocumentLimitTogether() throws IOException {
        byte[] page = page("<img src=\"a.png\"><img data-src=\"/up/b.png#x\">");
        // random bytes behind a PNG signature: incompressible, so the base64 record is as large as it gets
        int each = (LIMIT - page.length) / 2;
        byte[] a = fakePng(each, 7);
        byte[] b = fakePng(each, 8);
        String bundleId = ReportIds.ofPageWithPictures(ReportIds.sha256(page),
                Map.of("a.png", ReportIds.sha256(a), "b.png", ReportIds.sha256(b)));
        push(part("report.html", page, "text/html"), part("a.png", a, "image/png"), part("b.png", b, "image/png"))
                .then().statusCode(207)
                .body("results.status", equalTo(List.of("ACCEPTED", "ATTACHED", "ATTACHED")))
                .body("results[0].attachments", equalTo(List.of("a.png", "b.png")));
        // the record, a third larger than the limit in base64, fits the raw topic and the producer
        List<ConsumerRecord<String, String>> records = RawTopicReader.withKey(bootstrap, bundleId, Duration.ofSeconds(3));
        assertEquals(1, records.size());
        assertTrue(records.get(0).value().length() > LIMIT * 4 / 3, "record of " + records.get(0).value().length());
        assertArrayEquals(b, JsonCodec.readRaw(records.get(0).value()).payload().attachmentsByName().get("b.png"));

        // one byte more in all: the page is refused with the reason, and so are its pictures
        byte[] bigger = fakePng(each + 2, 9);
        push(part("report.html", page, "text/html"), part("a.png", a, "image/png"), part("b.png", bigger, "image/png"))
                .then().statusCode(207)
                .body("results.status", equalTo(List.of("REJECTED", "REJECTED", "REJECTED")))
                .body("results.httpStatus", equalTo(List.of(413, 413, 413)))
                .body("results[0].problem.detail", containsString("2 张图片"))
                .body("results[1].problem.detail", containsString("report.html"));
    }

    @Test
    void twoPicturesUnderOneNameKeepTheFirstAndThePageSaysSo() throws IOException {
        byte[] page = page("<img src=\"t.png\">");
        byte[] first = png(10);
        push(part("report.html", page, "text/html"), part("t.png", first, "image/png"),
                part("dir/t.png", png(11), "image/png")).then().statusCode(207)
                .body("results.status", equalTo(List.of("ACCEPTED", "ATTACHED", "REJECTED")))
                .body("results[0].reportId", equalTo(ReportIds.ofPageWithPictures(ReportIds.sha256(page),
                        Map.of("t.png", ReportIds.sha256(first)))))
                .body("results[0].notes[0]", containsString("两张名为 t.png 的图片"))
                .body("results[2].httpStatus", equalTo(400));
    }

    private record FilePart(String name, byte[] bytes, String type) {
    }

    private Response push(FilePart... parts) {
        var request = given().header("Authorization", TOKEN);
        for (FilePart p : parts) {
            request = request.multiPart("file", p.name(), p.bytes(), p.type());
        }
        return request.post("/api/reports");
    }

    private static FilePart part(String name, byte[] bytes, String type) {
        return new FilePart(name, bytes, type);
    }

    /** an HTML report page, unique per call so that every test owns its reportIds */
    private static byte[] page(String pictures) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><h1>某某市人民政府2020年政府信息公开工作年度报告</h1>"
                + "<h2>二、主动公开政府信息情况</h2>" + pictures + "<p>" + UUID.randomUUID() + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static BufferedImage image(long seed) {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed ^ System.nanoTime());
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    private static byte[] png(long seed) throws IOException {
        return write(image(seed), "png");
    }

    private static byte[] jpeg(long seed) throws IOException {
        return write(image(seed), "jpeg");
    }

    private static byte[] gif() throws IOException {
        return write(image(12), "gif");
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }

    private static byte[] fakePng(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed ^ System.nanoTime()).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }
}
