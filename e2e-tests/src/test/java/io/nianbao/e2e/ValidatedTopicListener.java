package io.nianbao.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** An outside subscriber of {@code reports.validated}: a plain KafkaConsumer collecting every record by key. */
final class ValidatedTopicListener implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, List<String>> valuesByKey = new ConcurrentHashMap<>();
    private final Thread thread;

    ValidatedTopicListener(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("group.id", "e2e-outside-subscriber");
        p.put("auto.offset.reset", "earliest");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        thread = new Thread(this::poll, "e2e-validated-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    valuesByKey.computeIfAbsent(r.key(), k -> new CopyOnWriteArrayList<>()).add(r.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    Map<String, List<String>> valuesByKey() {
        return valuesByKey;
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
