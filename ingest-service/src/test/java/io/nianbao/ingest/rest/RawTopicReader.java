package io.nianbao.ingest.rest;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.nianbao.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Reads what is on reports.raw, from the beginning, with the test's own consumer. */
final class RawTopicReader {
    private RawTopicReader() {}

    /** every record on reports.raw after listening for {@code listen} */
    static List<ConsumerRecord<String, String>> all(String bootstrap, Duration listen) {
        try (KafkaCompanion companion = new KafkaCompanion(bootstrap)) {
            return companion.consumeStrings().fromTopics(Topics.RAW, listen).awaitCompletion(listen.plusSeconds(30))
                    .getRecords();
        }
    }

    static List<ConsumerRecord<String, String>> withKey(String bootstrap, String key, Duration listen) {
        return all(bootstrap, listen).stream().filter(r -> key.equals(r.key())).toList();
    }
}
