package io.nianbao.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ports of a scaled-out stack and the topic layout per number of brokers (no servers needed). */
class TopologyTest {

    private static final Path ROOT = Path.of("/repo");
    private static final Path DATA = Path.of("/data");

    @Test
    void theDefaultStackIsOneBrokerAndOneInstanceOfEachService() {
        StackSettings settings = StackSettings.defaults(ROOT, DATA, "t");
        assertEquals(List.of(new StackSettings.BrokerPorts(19092, 19093)), settings.brokers());
        assertEquals("localhost:19092", settings.bootstrapServers());
        for (NianbaoService service : NianbaoService.values()) {
            assertEquals(List.of(service.defaultPort()), settings.ports(service), service.module());
        }
    }

    @Test
    void aClusterOnTheFixedPortsCountsUpFromTheDefaults() {
        StackSettings settings = StackSettings.defaults(ROOT, DATA, "t").withTopology(3, 2, 3, false);
        assertEquals(List.of(new StackSettings.BrokerPorts(19092, 19093), new StackSettings.BrokerPorts(19094, 19095),
                new StackSettings.BrokerPorts(19096, 19097)), settings.brokers());
        assertEquals("localhost:19092,localhost:19094,localhost:19096", settings.bootstrapServers());
        assertEquals(List.of(8082, 8182), settings.ports(NianbaoService.PARSE));
        assertEquals(List.of(8083, 8183, 8283), settings.ports(NianbaoService.VALIDATE));
        assertEquals(List.of(8081), settings.ports(NianbaoService.INGEST));
        assertEquals(List.of(8080), settings.ports(NianbaoService.QUERY));
    }

    @Test
    void aClusterOnFreePortsKeepsTheFirstBrokerAndInstances() {
        StackSettings single = StackSettings.onFreePorts(ROOT, DATA, "t");
        StackSettings settings = single.withTopology(3, 2, 2, true);
        assertEquals(3, settings.brokers().size());
        assertEquals(new StackSettings.BrokerPorts(single.kafkaPort(), single.kafkaControllerPort()), settings.brokers().get(0));
        assertEquals(2, settings.instances(NianbaoService.PARSE));
        assertEquals(single.port(NianbaoService.PARSE), settings.ports(NianbaoService.PARSE).get(0));
        assertEquals(1, settings.instances(NianbaoService.QUERY));
    }

    @Test
    void refusesAnEmptyTopology() {
        assertThrows(IllegalArgumentException.class, () -> StackSettings.defaults(ROOT, DATA, "t").withTopology(0, 1, 1, false));
        assertThrows(IllegalArgumentException.class, () -> StackSettings.defaults(ROOT, DATA, "t").withTopology(1, 0, 1, false));
    }

    @Test
    void topicLayoutFollowsTheNumberOfBrokers() {
        assertEquals(new TopicLayout(3, (short) 1, 1), TopicLayout.forBrokers(1, 3));
        assertEquals(new TopicLayout(6, (short) 2, 1), TopicLayout.forBrokers(2, 3));
        assertEquals(new TopicLayout(6, (short) 3, 2), TopicLayout.forBrokers(3, 3));
        assertEquals(new TopicLayout(12, (short) 3, 2), TopicLayout.forBrokers(5, 12));
    }

    @Test
    void eventTopicsAreKeptForEverAndDeadLettersAreNot() {
        TopicLayout cluster = TopicLayout.forBrokers(3, 3);
        assertEquals(Map.of("retention.ms", "-1", "retention.bytes", "-1", "min.insync.replicas", "2"), cluster.configs("reports.raw"));
        assertEquals(Map.of("min.insync.replicas", "2"), cluster.configs("reports.raw.dlq"));
        assertEquals(Map.of("retention.ms", "-1", "retention.bytes", "-1"), TopicLayout.forBrokers(1, 3).configs("reports.validated"));
        assertTrue(TopicLayout.ALL_TOPICS.containsAll(List.of("reports.raw", "reports.parsed", "reports.validated",
                "reports.raw.dlq", "reports.parsed.dlq", "reports.validated.dlq")));
    }
}
