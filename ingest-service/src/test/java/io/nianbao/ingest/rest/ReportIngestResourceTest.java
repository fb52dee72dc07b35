package io.nianbao.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class ReportIngestResourceTest {
    private static final String TOKEN = "Bearer test-token";

    @ConfigProperty(name = "nianbao.test.kafka")
    String bootstrap;

    @Test
    void everySeedIsAcceptedAndLandsOnReportsRawUnderItsReportId() throws IOException {
        Map<String, byte[]> sent = new HashMap<>();
        for (Path seed : Corpus.documents(Corpus.seeds())) {
            byte[] bytes = Files.readAllBytes(seed);
            String reportId = ReportIds.of(bytes);
            Response response = given().header("Authorization", TOKEN).contentType("text/plain; charset=UTF-8")
                    .queryParam("fileName", seed.getFileName().toString()).queryParam("batchId", "seeds")
                    .body(bytes).post("/api/reports");
            // a seed may have been pushed already by another test of this class: then it is a duplicate
            if (response.statusCode() == 200) {
                response.then().body("status", equalTo("DUPLICATE")).body("reportId", equalTo(reportId));
                continue;
            }
            response.then().statusCode(202).body("status", equalTo("ACCEPTED")).body("reportId", equalTo(reportId))
                    .header("Location", endsWith("/api/reports/" + reportId));
            sent.put(reportId, bytes);
        }
        assertEquals(5, sent.size(), "all five seeds are new to a fresh database");

        List<ConsumerRecord<String, String>> records = RawTopicReader.all(bootstrap, Duration.ofSeconds(3));
        for (Map.Entry<String, byte[]> e : sent.entrySet()) {
            List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> e.getKey().equals(r.key())).toList();
            assertEquals(1, mine.size(), "one record for " + e.getKey());
            EventEnvelope<RawReportReceived> event = JsonCodec.readRaw(mine.get(0).value());
            assertEquals(e.getKey(), event.reportId());
            assertEquals(EventTypes.RAW_REPORT_RECEIVED, event.type());
            assertEquals(EventEnvelope.SCHEMA_VERSION, event.schemaVersion());
            assertArrayEquals(e.getValue(), event.payload().content());
            assertEquals(ReportIds.sha256(e.getValue()), event.payload().source().sha256());
            assertEquals(e.getValue().length, event.payload().source().size());
            assertEquals("seeds", event.payload().source().batchId());
            assertTrue(event.payload().source().fileName().endsWith(".txt"));
        }
    }

    @Test
    void theSameBytesTwiceAreOneReportAndOneRecord() throws IOException {
        byte[] bytes = variantOfSeed(1);
        String reportId = ReportIds.of(bytes);
        given().header("Authorization", TOKEN).contentType("text/plain").queryParam("organization", "郑州市人民政府")
                .queryParam("year", "2020").body(bytes).post("/api/reports")
                .then().statusCode(202).body("reportId", equalTo(reportId));
        given().header("Authorization", TOKEN).contentType("text/plain").body(bytes).post("/api/reports")
                .then().statusCode(200).body("status", equalTo("DUPLICATE")).body("reportId", equalTo(reportId));

        // the 200 came after any publish would have been acknowledged, so the topic already shows it all
        List<ConsumerRecord<String, String>> mine = RawTopicReader.withKey(bootstrap, reportId, Duration.ofSeconds(3));
        assertEquals(1, mine.size());
        RawReportReceived raw = JsonCodec.readRaw(mine.get(0).value()).payload();
        assertEquals("郑州市人民政府", raw.source().organizationHint());
        assertEquals(2020, raw.source().yearHint());
    }

    @Test
    void concurrentPushesOfTheSameBytesPublishOnce() throws Exception {
        byte[] bytes = variantOfSeed(0);
        String reportId = ReportIds.of(bytes);
        int clients = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().header("Authorization", TOKEN).contentType("text/plain").body(bytes)
                            .post("/api/reports").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 202).count(), "one acceptance: " + statuses);
            assertEquals(clients - 1, statuses.stream().filter(s -> s == 200).count(), "the rest duplicates: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, RawTopicReader.withKey(bootstrap, reportId, Duration.ofSeconds(2)).size());
    }

    @Test
    void writesNeedAKnownBearerToken() throws IOException {
        byte[] bytes = variantOfSeed(2);
        given().contentType("text/plain").body(bytes).post("/api/reports")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", equalTo("Bearer")).body("status", equalTo(401));
        given().header("Authorization", "Bearer not-the-token").contentType("text/plain").body(bytes)
                .post("/api/reports").then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().header("Authorization", "Basic dGVzdDp0ZXN0").contentType("text/plain").body(bytes)
                .post("/api/reports").then().statusCode(401);
        assertEquals(0, RawTopicReader.withKey(bootstrap, ReportIds.of(bytes), Duration.ofSeconds(2)).size());
    }

    @Test
    void aDocumentAboveTheLimitIs413() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        given().header("Authorization", TOKEN).contentType("text/plain").body(big).post("/api/reports")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413)).body("type", equalTo("urn:nianbao:problem:too-large"));
    }

    @Test
    void imagesAndArchivesAre415WhateverTheirDeclaredType() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        given().header("Authorization", TOKEN).contentType("text/plain").body(png).post("/api/reports")
                .then().statusCode(415).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:nianbao:problem:unsupported-media-type"));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("junk.bin"));
            byte[] junk = new byte[4096];
            new Random(7).nextBytes(junk);
            out.write(junk);
        }
        given().header("Authorization", TOKEN)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body(zip.toByteArray()).post("/api/reports").then().statusCode(415);

        byte[] random = new byte[2048];
        new Random(11).nextBytes(random);
        given().header("Authorization", TOKEN).contentType("application/octet-stream").body(random)
                .post("/api/reports").then().statusCode(415);
    }

    @Test
    void multipartWithTwoFilesAnswersPerFile() throws IOException {
        byte[] first = variantOfSeed(3);
        byte[] second = variantOfSeed(4);
        Response response = given().header("Authorization", TOKEN)
                .multiPart("file", "a.txt", first, "text/plain")
                .multiPart("file", "b.txt", second, "text/plain")
                .post("/api/reports");
        response.then().statusCode(207)
                .body("results.size()", equalTo(2))
                .body("results[0].fileName", equalTo("a.txt"))
                .body("results[0].status", equalTo("ACCEPTED"))
                .body("results[0].reportId", equalTo(ReportIds.of(first)))
                .body("results[1].status", equalTo("ACCEPTED"))
                .body("results[1].reportId", equalTo(ReportIds.of(second)));
        assertEquals(1, RawTopicReader.withKey(bootstrap, ReportIds.of(second), Duration.ofSeconds(2)).size());

        // the same two again plus a picture neither shows (text has no <img>): two duplicates and one refusal
        given().header("Authorization", TOKEN)
                .multiPart("file", "a.txt", first, "text/plain")
                .multiPart("file", "b.txt", second, "text/plain")
                .multiPart("file", "c.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, "image/png")
                .post("/api/reports")
                .then().statusCode(207)
                .body("results.status", equalTo(List.of("DUPLICATE", "DUPLICATE", "REJECTED")))
                .body("results[2].httpStatus", equalTo(400));
    }

    @Test
    void tooManyFilesIs413() {
        var request = given().header("Authorization", TOKEN);
        for (int i = 0; i < 4; i++) {
            request = request.multiPart("file", "f" + i + ".txt", ("报告 " + i).getBytes(StandardCharsets.UTF_8), "text/plain");
        }
        request.post("/api/reports").then().statusCode(413).contentType(startsWith("application/problem+json"));
    }

    @Test
    void badQueryAndEmptyBodyAre400() {
        given().header("Authorization", TOKEN).contentType("text/plain").queryParam("year", "二〇二〇")
                .body("一、总体情况".getBytes(StandardCharsets.UTF_8)).post("/api/reports")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().header("Authorization", TOKEN).contentType("text/plain").body(new byte[0]).post("/api/reports")
                .then().statusCode(400);
    }

    @Test
    void aSourceUrlOnThisMachineOrAPrivateNetworkIsRefused() {
        for (String url : List.of("http://127.0.0.1:8081/", "http://10.1.2.3/report.html",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "file:///etc/passwd")) {
            given().header("Authorization", TOKEN).queryParam("sourceUrl", url).post("/api/reports")
                    .then().statusCode(400).body("type", equalTo("urn:nianbao:problem:url-refused"));
        }
    }

    @Test
    void readinessIsUpWithBrokerAndDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** a seed with a unique line appended: new bytes, so each test owns its reportId */
    private static byte[] variantOfSeed(int index) throws IOException {
        Path seed = Corpus.documents(Corpus.seeds()).get(index);
        String text = Files.readString(seed) + "\n测试副本 " + UUID.randomUUID() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
