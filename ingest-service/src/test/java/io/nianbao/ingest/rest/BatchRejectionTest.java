package io.nianbao.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportRejected;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A document of a batch that is refused never reaches reports.raw, so ingest records it on reports.rejected with
 * the batch, the file and the reason the pusher got; the answer to the pusher is unchanged. Without a batch,
 * nothing is recorded.
 */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class BatchRejectionTest {
    private static final String TOKEN = "Bearer test-token";

    @ConfigProperty(name = "nianbao.test.kafka")
    String bootstrap;

    @Test
    void refusedDocumentsOfABatchAreRecordedWithTheirReason() {
        String batch = "b-" + UUID.randomUUID();
        given().header("Authorization", TOKEN).contentType("text/plain").queryParam("batchId", batch)
                .queryParam("fileName", "empty.txt").body(new byte[0]).post("/api/reports").then().statusCode(400);
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8};
        given().header("Authorization", TOKEN).contentType("application/zip").queryParam("batchId", batch)
                .queryParam("fileName", "archive.zip").body(zip).post("/api/reports").then().statusCode(415);
        // the same refusal without a batch is not recorded
        given().header("Authorization", TOKEN).contentType("text/plain").queryParam("fileName", "nobatch.txt")
                .body(new byte[0]).post("/api/reports").then().statusCode(400);
        // a multipart part that is refused counts as well
        given().header("Authorization", TOKEN).queryParam("batchId", batch)
                .multiPart("file", "blob.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe}, "application/octet-stream")
                .post("/api/reports").then().statusCode(207);

        try (KafkaCompanion companion = new KafkaCompanion(bootstrap);
                ConsumerTask<String, String> task = companion.consumeStrings().fromTopics(Topics.REJECTED)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> task.getRecords().stream().filter(r -> batch.equals(r.key())).count() >= 3);
            List<ReportRejected> mine = task.getRecords().stream().filter(r -> batch.equals(r.key()))
                    .map(ConsumerRecord::value).map(JsonCodec::readRejected)
                    .peek(e -> assertEquals(EventTypes.REPORT_REJECTED, e.type()))
                    .map(EventEnvelope::payload).toList();
            assertEquals(3, mine.size(), mine.toString());
            ReportRejected empty = mine.stream().filter(r -> "empty.txt".equals(r.fileName())).findFirst().orElseThrow();
            assertEquals(batch, empty.batchId());
            assertEquals(400, empty.httpStatus());
            assertTrue(empty.reason().contains("没有文档内容"), empty.reason());
            ReportRejected archive = mine.stream().filter(r -> "archive.zip".equals(r.fileName())).findFirst().orElseThrow();
            assertEquals(415, archive.httpStatus());
            assertEquals(zip.length, archive.size());
            assertTrue(archive.reason().contains("不支持"), archive.reason());
            assertTrue(mine.stream().anyMatch(r -> "blob.bin".equals(r.fileName()) && r.httpStatus() == 415), mine.toString());
            assertTrue(task.getRecords().stream().map(ConsumerRecord::value)
                    .noneMatch(v -> v.getBytes(StandardCharsets.UTF_8).length > 0 && v.contains("nobatch.txt")),
                    "a refusal without a batch is not recorded");
        }
    }
}
