package io.nianbao.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real KRaft Kafka broker in the test JVM (no Docker). Returned properties override
 * application.properties; {@code nianbao.test.kafka} holds the bootstrap address for KafkaCompanion.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedKafkaBroker kafka;

    @Override
    public Map<String, String> start() {
        kafka = new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(true).start();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.getAdvertisedListeners());
        config.put("nianbao.test.kafka", kafka.getAdvertisedListeners());
        return config;
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }
}
