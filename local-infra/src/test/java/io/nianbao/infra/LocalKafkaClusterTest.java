package io.nianbao.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three broker processes in one KRaft cluster: the topic layout, and a node killed while records are written. */
class LocalKafkaClusterTest {

    @TempDir
    Path dataDir;

    @Test
    void threeNodesReplicateTheTopicsAndSurviveTheLossOfOne() throws Exception {
        List<StackSettings.BrokerPorts> ports = List.of(
                new StackSettings.BrokerPorts(Ports.free(), Ports.free()),
                new StackSettings.BrokerPorts(Ports.free(), Ports.free()),
                new StackSettings.BrokerPorts(Ports.free(), Ports.free()));
        try (LocalKafkaCluster cluster = LocalKafkaCluster.start(dataDir, dataDir.resolve("logs"), ports, 3)) {
            try (Admin admin = admin(cluster.bootstrapServers())) {
                assertEquals(3, admin.describeCluster().nodes().get().size(), "brokers in the cluster");
                Map<String, TopicDescription> topics = admin.describeTopics(LocalKafka.NIANBAO_TOPICS).allTopicNames().get();
                for (TopicDescription topic : topics.values()) {
                    assertEquals(6, topic.partitions().size(), topic.name() + " partitions");
                    assertEquals(3, topic.partitions().get(0).replicas().size(), topic.name() + " replicas");
                }
                ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, "reports.raw");
                Config config = admin.describeConfigs(List.of(raw)).all().get().get(raw);
                assertEquals("-1", config.get("retention.ms").value(), "the raw topic is the log of record");
                assertEquals("2", config.get("min.insync.replicas").value());
            }
            try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
                for (int i = 0; i < 20; i++) {
                    producer.send(new ProducerRecord<>("reports.raw", "id-" + i, "before-" + i)).get();
                }
                cluster.kill(0);
                assertTrue(!cluster.isAlive(0));
                // acks=all with min.insync.replicas=2: two brokers left still acknowledge
                for (int i = 0; i < 20; i++) {
                    producer.send(new ProducerRecord<>("reports.raw", "id-" + i, "after-" + i)).get();
                }
            }
            assertEquals(40, readAll(cluster.bootstrapServers(), "reports.raw", "group-a").size(), "records with one broker down");
            cluster.restart(0);
            assertTrue(cluster.isAlive(0));
            try (Admin admin = admin(cluster.bootstrapServers())) {
                assertEquals(3, admin.describeCluster().nodes().get().size(), "brokers after the restart");
            }
        }
    }

    private static Admin admin(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        return Admin.create(p);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("delivery.timeout.ms", "60000");
        p.put("request.timeout.ms", "10000");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(String bootstrap, String topic, String group) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", group);
        p.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < 40 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
