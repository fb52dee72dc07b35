package io.nianbao.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The one place where the local installations ({@code ./nianbao up}, the end-to-end tests) decide how Nianbao's
 * topics are laid out: partitions, replication and retention. {@code docker-compose.yml} mirrors these values
 * (its {@code kafka-init} service) and the README's "Run on a cluster" section documents them.
 *
 * <p>The three event topics keep every record for ever ({@code retention.ms=-1}): {@code reports.raw} holds the
 * documents themselves and is the system's log of record, so a read model can always be rebuilt by replaying the
 * topics from the beginning. The dead-letter topics keep the broker's default retention (7 days): they are for
 * investigating poison messages, not a record.
 */
public record TopicLayout(int partitions, short replicationFactor, int minInsyncReplicas) {

    /**
     * The event topics (interfaces.md, io.nianbao.contracts.Topics); they are kept for ever: raw (the documents),
     * parsed, validated, rejected (documents of a batch ingest refused) and corrected (users' corrections of cells).
     */
    public static final List<String> EVENT_TOPICS = List.of("reports.raw", "reports.parsed", "reports.validated",
            "reports.rejected", "reports.corrected");
    /** The dead-letter topics of the event topics. */
    public static final List<String> DEAD_LETTER_TOPICS = EVENT_TOPICS.stream().map(t -> t + ".dlq").toList();
    /** Every topic an installation needs. */
    public static final List<String> ALL_TOPICS = java.util.stream.Stream.concat(EVENT_TOPICS.stream(), DEAD_LETTER_TOPICS.stream()).toList();
    /** Partitions of a cluster's topics: enough for six consumers of one group to share a topic. */
    public static final int CLUSTER_PARTITIONS = 6;

    public TopicLayout {
        if (partitions < 1 || replicationFactor < 1 || minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("partitions " + partitions + ", replication " + replicationFactor
                    + ", min.insync.replicas " + minInsyncReplicas);
        }
    }

    /**
     * The layout for {@code brokers} brokers: replication factor min(3, brokers); with three or more brokers
     * {@code min.insync.replicas=2}, so that an acknowledged record (acks=all) is on two brokers and one broker may
     * fail without refusing writes; a cluster gets at least {@link #CLUSTER_PARTITIONS} partitions.
     */
    public static TopicLayout forBrokers(int brokers, int partitions) {
        if (brokers < 1) {
            throw new IllegalArgumentException("brokers " + brokers);
        }
        short replication = (short) Math.min(3, brokers);
        int parts = brokers == 1 ? partitions : Math.max(CLUSTER_PARTITIONS, partitions);
        return new TopicLayout(parts, replication, brokers >= 3 ? 2 : 1);
    }

    /** The topic-level settings of {@code topic}. */
    public Map<String, String> configs(String topic) {
        Map<String, String> configs = new HashMap<>();
        if (EVENT_TOPICS.contains(topic)) {
            configs.put("retention.ms", "-1");
            configs.put("retention.bytes", "-1");
        }
        if (minInsyncReplicas > 1) {
            configs.put("min.insync.replicas", String.valueOf(minInsyncReplicas));
        }
        return configs;
    }

    public List<String> allTopics() {
        return ALL_TOPICS;
    }

    /**
     * Creates the topics that do not exist yet and makes sure the event topics of an existing data folder keep their
     * records for ever (folders made before retention was set had the broker's 7 days). Existing partitions are kept.
     */
    public void apply(Admin admin, Collection<String> names) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> retention = new HashMap<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, replicationFactor).configs(configs(name)));
                } else if (EVENT_TOPICS.contains(name)) {
                    retention.put(new ConfigResource(ConfigResource.Type.TOPIC, name), List.of(
                            new AlterConfigOp(new ConfigEntry("retention.ms", "-1"), AlterConfigOp.OpType.SET),
                            new AlterConfigOp(new ConfigEntry("retention.bytes", "-1"), AlterConfigOp.OpType.SET)));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            if (!retention.isEmpty()) {
                admin.incrementalAlterConfigs(retention).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while creating Kafka topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new InfraException("cannot create Kafka topics " + names + ": " + e.getMessage(), e);
        }
    }
}
