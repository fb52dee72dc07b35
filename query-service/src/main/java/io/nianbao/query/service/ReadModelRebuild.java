package io.nianbao.query.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * Drops the read model and builds it again from the topics, which keep every event for ever (retention -1; the
 * raw topic is the log of record): the tables derived from events are emptied, then every consumer of this service
 * goes back to the beginning of its partitions. The consumers are idempotent and order-independent
 * ({@link ReadModelUpdater}), so the replay gives the same read model as the first pass, while the service keeps
 * answering (with a growing list) during the replay.
 *
 * <p>Kept: what people entered (issue reviews and their log), which no topic holds.
 * One query-service instance per read model: a second instance would keep its own offsets and not replay its partitions.
 */
@ApplicationScoped
public class ReadModelRebuild {
    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    /** how long to wait for consumers that have no partitions yet (a rebalance in progress) */
    private static final Duration ASSIGNMENT_WAIT = Duration.ofSeconds(15);

    /**
     * The tables filled from events. {@code report} is truncated with CASCADE, which empties the tables that
     * reference it (issues, cells, source text); tables not there yet in an older schema are skipped.
     */
    static final List<String> DERIVED_TABLES = List.of("report", "validation_event", "batch_rejection");

    /**
     * What a rebuild did: the tables emptied, the partitions each channel replays, and the channels that had no
     * partition to replay (their topic does not exist yet, so it holds nothing to replay).
     */
    public record Result(List<String> tablesEmptied, Map<String, Integer> partitionsReplayed, List<String> channelsWithoutPartitions) {}

    /** The rebuild cannot start now (the consumers have no partitions yet, e.g. right after start): nothing was changed. */
    public static final class NotReady extends RuntimeException {
        public NotReady(String message) {
            super(message);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    KafkaClientService kafka;

    public synchronized Result rebuild() {
        // 1. every consumer must own its partitions before anything is dropped, else part of the model would not come back
        Map<String, List<KafkaConsumer<Object, Object>>> consumers = new TreeMap<>();
        List<String> unassigned = new ArrayList<>(kafka.getConsumerChannels());
        long deadline = System.nanoTime() + ASSIGNMENT_WAIT.toNanos();
        while (true) {
            for (String channel : List.copyOf(unassigned)) {
                List<KafkaConsumer<Object, Object>> channelConsumers = kafka.getConsumers(channel);
                long partitions = 0;
                for (KafkaConsumer<Object, Object> consumer : channelConsumers) {
                    partitions += consumer.getAssignments().await().atMost(CLIENT_TIMEOUT).size();
                }
                if (partitions > 0) {
                    consumers.put(channel, channelConsumers);
                    unassigned.remove(channel);
                }
            }
            if (unassigned.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            sleep(500);
        }
        if (consumers.isEmpty()) {
            throw new NotReady("no consumer has partitions assigned yet " + unassigned);
        }
        // 2. empty the derived tables (a record being applied right now finishes first: TRUNCATE waits for its lock)
        List<String> emptied = QuarkusTransaction.requiringNew().call(this::truncateDerivedTables);
        // 3. replay: a record applied between 2 and 3 comes again in the replay, which is harmless (idempotent updates)
        Map<String, Integer> replayed = new TreeMap<>();
        for (Map.Entry<String, List<KafkaConsumer<Object, Object>>> entry : consumers.entrySet()) {
            for (KafkaConsumer<Object, Object> consumer : entry.getValue()) {
                Set<TopicPartition> partitions = consumer.getAssignments().await().atMost(CLIENT_TIMEOUT);
                consumer.seekToBeginning(partitions).await().atMost(CLIENT_TIMEOUT);
                replayed.merge(entry.getKey(), partitions.size(), Integer::sum);
            }
        }
        LOG.infof("read model rebuild: emptied %s, replaying %s; no partitions: %s", emptied, replayed, unassigned);
        return new Result(emptied, replayed, List.copyOf(unassigned));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("interrupted");
        }
    }

    private List<String> truncateDerivedTables() {
        List<String> present = new ArrayList<>();
        for (String table : DERIVED_TABLES) {
            Object exists = em.createNativeQuery("SELECT to_regclass('query." + table + "') IS NOT NULL").getSingleResult();
            if (Boolean.TRUE.equals(exists)) {
                present.add("query." + table);
            }
        }
        // not RESTART IDENTITY: validation_event.seq is the SSE event id, clients resume from it and it must keep growing
        em.createNativeQuery("TRUNCATE " + String.join(", ", present) + " CASCADE").executeUpdate();
        return present;
    }
}
