package io.nianbao.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheTopicsAndKeepsRecordsAcrossARestartOnTheSameFolder() throws Exception {
        int port = Ports.free();
        int controllerPort = Ports.free();
        try (LocalKafka kafka = LocalKafka.builder(dataDir).port(port).controllerPort(controllerPort).partitions(2).start()) {
            assertEquals("localhost:" + port, kafka.bootstrapServers());
            assertTrue(topics(kafka).containsAll(LocalKafka.NIANBAO_TOPICS), "topics: " + topics(kafka));
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>("reports.raw", "id-1", "first")).get();
            }
            assertEquals(List.of("first"), readAll(kafka, "reports.raw", "group-a"));
        }
        String clusterId = Files.readString(dataDir.resolve("cluster.id")).trim();

        try (LocalKafka kafka = LocalKafka.builder(dataDir).port(port).controllerPort(controllerPort).start()) {
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>("reports.raw", "id-2", "second")).get();
            }
            // a new group reads from the beginning: the record written before the restart is still there
            List<String> values = readAll(kafka, "reports.raw", "group-b");
            assertTrue(values.containsAll(List.of("first", "second")), "after restart: " + values);
            try (Admin admin = admin(kafka)) {
                assertEquals(clusterId, admin.describeCluster().clusterId().get());
            }
        }
    }

    @Test
    void reportsATakenPortClearly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            InfraException e = assertThrows(InfraException.class,
                    () -> LocalKafka.builder(dataDir).port(taken.getLocalPort()).controllerPort(Ports.free()).start());
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
        }
    }

    private static Set<String> topics(LocalKafka kafka) throws Exception {
        try (Admin admin = admin(kafka)) {
            return admin.listTopics().names().get();
        }
    }

    private static Admin admin(LocalKafka kafka) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        return Admin.create(p);
    }

    private static KafkaProducer<String, String> producer(LocalKafka kafka) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        p.put("acks", "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(LocalKafka kafka, String topic, String group) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        p.put("group.id", group);
        p.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long end = System.currentTimeMillis() + 20_000;
            int emptyPollsAfterData = 0;
            while (System.currentTimeMillis() < end && emptyPollsAfterData < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : records) {
                    values.add(r.value());
                }
                if (records.isEmpty() && !values.isEmpty()) {
                    emptyPollsAfterData++;
                }
            }
        }
        return values;
    }
}
