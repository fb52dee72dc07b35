package io.nianbao.query.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The read model consumes a poll's records as one batch in one transaction. A burst of records sent together
 * (so that they arrive in the same polls) with two bad ones among them: the record that is not JSON and the
 * event the database refuses (a sha256 longer than its column, which fails the whole batch transaction) must go
 * to reports.raw.dlq alone, and every other report of the burst must still be stored, none twice in the DLQ.
 */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class BatchedConsumptionTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void poisonAndRefusedRecordsOfABatchGoToTheDeadLetterTopicAloneAndTheRestIsStored() {
        String run = Long.toString(System.nanoTime());
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i == 20) {
                burst.add(new ProducerRecord<>(Topics.RAW, "poison-" + run, "not an event " + run));
            }
            if (i == 40) {
                String refused = ReportIds.of(("refused " + run).getBytes(StandardCharsets.UTF_8));
                burst.add(new ProducerRecord<>(Topics.RAW, refused, raw(refused, "refused-" + run + ".txt", "x".repeat(200))));
            }
            byte[] bytes = ("report " + i + " of " + run).getBytes(StandardCharsets.UTF_8);
            String id = ReportIds.of(bytes);
            good.add(id);
            burst.add(new ProducerRecord<>(Topics.RAW, id, raw(id, "batch-" + i + ".txt", ReportIds.sha256(bytes))));
        }
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class))) {
            kafka.produceStrings().fromRecords(burst).awaitCompletion(WAIT);

            for (int i = 0; i < good.size(); i++) {
                String id = good.get(i);
                String fileName = "batch-" + i + ".txt";
                await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + id).then().statusCode(200)
                        .body("status", equalTo("RECEIVED")).body("source.fileName", equalTo(fileName)));
            }
            // the two bad records of this burst in the DLQ, once each, and none of the good ones
            await().atMost(WAIT).until(() -> deadLetters(kafka).stream().filter(r -> r.value().contains(run)).count() >= 2);
            List<ConsumerRecord<String, String>> dead = deadLetters(kafka);
            assertEquals(1, dead.stream().filter(r -> r.value().equals("not an event " + run)).count(), "the poison record");
            assertEquals(1, dead.stream().filter(r -> r.value().contains("refused-" + run + ".txt")).count(),
                    "the event the database refused");
            Set<String> goodInDlq = dead.stream().map(ConsumerRecord::key).filter(good::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), goodInDlq, "no good record is dead-lettered with its batch");
        }
    }

    private static List<ConsumerRecord<String, String>> deadLetters(KafkaCompanion kafka) {
        return kafka.consumeStrings().fromTopics(Topics.deadLetter(Topics.RAW), Duration.ofSeconds(3)).awaitCompletion(WAIT)
                .getRecords();
    }

    private static String raw(String reportId, String fileName, String sha256) {
        byte[] content = ("document " + fileName).getBytes(StandardCharsets.UTF_8);
        ReportSource source = new ReportSource(fileName, "text/plain; charset=UTF-8", content.length, sha256, null, null, null,
                Instant.parse("2026-01-15T08:00:00Z"), "batch-test");
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED, RawReportReceived.of(source, content)));
    }
}
