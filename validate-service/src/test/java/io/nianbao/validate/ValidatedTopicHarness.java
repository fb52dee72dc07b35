package io.nianbao.validate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.ReportValidated;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * What the flow tests share: a companion on the test broker, everything validate-service publishes (read from the
 * start), sending events, and waiting for validations or for validate-service to have consumed a record.
 */
abstract class ValidatedTopicHarness {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String GROUP = "validate-service";

    @ConfigProperty(name = "nianbao.test.kafka")
    String bootstrap;

    KafkaCompanion companion;
    ConsumerTask<String, String> validated;

    @BeforeEach
    void connect() {
        companion = new KafkaCompanion(bootstrap);
        validated = companion.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.VALIDATED);
    }

    @AfterEach
    void close() {
        validated.stop();
        companion.close();
    }

    RecordMetadata send(String topic, String key, String value) {
        return companion.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value))
                .awaitCompletion(WAIT).getFirstRecord();
    }

    RecordMetadata send(String topic, EventEnvelope<?> event) {
        return send(topic, event.reportId(), JsonCodec.write(event));
    }

    List<ReportValidated> validationsOf(String reportId) {
        return validated.getRecords().stream().filter(r -> reportId.equals(r.key()))
                .map(r -> JsonCodec.readValidated(r.value()))
                .peek(e -> assertEquals(reportId, e.reportId()))
                .map(EventEnvelope::payload).toList();
    }

    /** Waits for a validation of the report that satisfies the condition, and returns the latest such one. */
    ReportValidated awaitValidation(String reportId, Predicate<ReportValidated> condition) {
        return await().atMost(WAIT).until(() -> validationsOf(reportId).stream().filter(condition)
                .max(Comparator.comparingLong(ReportValidated::revision)), Optional::isPresent).orElseThrow();
    }

    /** Waits until validate-service has committed its offset past the given record. */
    void awaitConsumed(RecordMetadata record) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        await().atMost(WAIT).until(() -> {
            OffsetAndMetadata committed = companion.consumerGroups().offsets(GROUP, tp);
            return committed != null && committed.offset() > record.offset();
        });
    }
}
