package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.nianbao.contracts.Topics;
import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.ServiceProcess;

/**
 * A measurement, not a check (so it only runs when asked: {@code -Dnianbao.scaling.reports=800}): the parse
 * stage's throughput with one and with two parse-service instances, everything else running as usual on the same
 * machine. For each, a fresh system on one broker with parse-service stopped; N reports are pushed (they wait in
 * reports.raw), then the parse instances are started and the time from their being ready until reports.parsed holds
 * N records gives reports parsed per second. Prints the figures; asserts only that every report was parsed.
 */
@EnabledIfSystemProperty(named = "nianbao.scaling.reports", matches = "\\d+")
class ParseScalingMeasurement {

    private static final String TOKEN = "scaling-token";

    @Test
    void parseThroughputWithOneAndTwoInstances() throws Exception {
        int n = Integer.getInteger("nianbao.scaling.reports");
        StringBuilder summary = new StringBuilder();
        for (int instances : List.of(1, 2)) {
            try (LocalStack stack = RunningStack.startCluster("scaling-run-" + instances, TOKEN, 1, instances, 1)) {
                // a backlog first: with parse-service stopped, every report waits in reports.raw
                for (ServiceProcess parser : stack.instances(NianbaoService.PARSE)) {
                    parser.close();
                }
                List<LoadDocuments.Document> documents = LoadDocuments.variants(n, "scaling-" + instances + "-" + System.currentTimeMillis());
                Pusher pusher = new Pusher(stack.settings().url(NianbaoService.INGEST), TOKEN, 16, 120_000);
                long p0 = System.nanoTime();
                assertEquals(n, pusher.pushAll(documents, i -> false).size());
                double pushSeconds = (System.nanoTime() - p0) / 1e9;
                try (Admin admin = admin(stack.kafkaBootstrapServers())) {
                    assertEquals(0, records(admin, Topics.PARSED), "nothing parsed while parse-service was stopped");
                    long s0 = System.nanoTime();
                    stack.startStoppedInstances(NianbaoService.PARSE);
                    long ready = System.nanoTime();
                    long first = 0;
                    long parsed = 0;
                    long deadline = System.nanoTime() + 600_000_000_000L;
                    while ((parsed = records(admin, Topics.PARSED)) < n && System.nanoTime() < deadline) {
                        if (parsed > 0 && first == 0) {
                            first = System.nanoTime();
                        }
                        Thread.sleep(100);
                    }
                    long done = System.nanoTime();
                    assertTrue(parsed >= n, "parsed records " + parsed + " of " + n);
                    String line = String.format("parse-service ×%d: backlog of %d reports (pushed in %.1f s, %.0f/s) parsed %.1f s"
                                    + " after the instances were ready = %.1f reports/s (%.1f/s from the first to the last record);"
                                    + " start of the instances %.1f s", instances, n, pushSeconds, n / pushSeconds,
                            (done - ready) / 1e9, n / ((done - ready) / 1e9), n / ((done - first) / 1e9), (ready - s0) / 1e9);
                    System.out.println("[scaling] " + line);
                    summary.append(line).append('\n');
                }
            }
        }
        System.out.println("[scaling] summary (" + Runtime.getRuntime().availableProcessors() + " cores):\n" + summary);
    }

    private static Admin admin(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        return Admin.create(p);
    }

    /** records in {@code topic}: the sum of its partitions' end offsets */
    private static long records(Admin admin, String topic) throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        return ends.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
    }
}
