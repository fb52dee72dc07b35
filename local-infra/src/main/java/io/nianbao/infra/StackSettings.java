package io.nianbao.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how {@link LocalStack} runs: the repository holding the built services, the data folder, the ports
 * and the write token. {@link #defaults} gives the ports of interfaces.md; tests override them with free ports.
 * The topology — how many Kafka brokers, how many instances of each service — is one broker and one instance of
 * each unless {@link #withTopology} says otherwise.
 *
 * @param brokers the ports of each Kafka broker; the first is {@code kafkaPort}/{@code kafkaControllerPort}
 * @param instancePorts the HTTP port of every instance of each service; the first is {@code servicePorts}'
 */
public record StackSettings(Path repositoryRoot, Path dataDir, int kafkaPort, int kafkaControllerPort,
                            int postgresPort, Map<NianbaoService, Integer> servicePorts, String writeToken,
                            int partitions, List<BrokerPorts> brokers, Map<NianbaoService, List<Integer>> instancePorts) {

    /** The client and controller port of one broker. */
    public record BrokerPorts(int port, int controllerPort) {}

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
        brokers = List.copyOf(brokers);
        Map<NianbaoService, List<Integer>> instances = new EnumMap<>(NianbaoService.class);
        for (NianbaoService service : NianbaoService.values()) {
            List<Integer> ports = instancePorts.get(service);
            instances.put(service, ports == null || ports.isEmpty() ? List.of(servicePorts.get(service)) : List.copyOf(ports));
        }
        instancePorts = Map.copyOf(instances);
        if (brokers.isEmpty() || brokers.get(0).port() != kafkaPort || brokers.get(0).controllerPort() != kafkaControllerPort) {
            throw new IllegalArgumentException("the first broker must use kafkaPort/kafkaControllerPort");
        }
    }

    /** One broker, one instance of each service (as {@code ./nianbao up} without options). */
    public StackSettings(Path repositoryRoot, Path dataDir, int kafkaPort, int kafkaControllerPort, int postgresPort,
                         Map<NianbaoService, Integer> servicePorts, String writeToken, int partitions) {
        this(repositoryRoot, dataDir, kafkaPort, kafkaControllerPort, postgresPort, servicePorts, writeToken, partitions,
                List.of(new BrokerPorts(kafkaPort, kafkaControllerPort)), Map.of());
    }

    public static StackSettings defaults(Path repositoryRoot, Path dataDir, String writeToken) {
        Map<NianbaoService, Integer> ports = new EnumMap<>(NianbaoService.class);
        for (NianbaoService service : NianbaoService.values()) {
            ports.put(service, service.defaultPort());
        }
        return new StackSettings(repositoryRoot, dataDir, 19092, 19093, 15432, ports, writeToken, 3);
    }

    /** The same stack on ports the operating system reports free (for tests that must not clash). */
    public static StackSettings onFreePorts(Path repositoryRoot, Path dataDir, String writeToken) {
        Map<NianbaoService, Integer> ports = new EnumMap<>(NianbaoService.class);
        for (NianbaoService service : NianbaoService.values()) {
            ports.put(service, Ports.free());
        }
        return new StackSettings(repositoryRoot, dataDir, Ports.free(), Ports.free(), Ports.free(), ports, writeToken, 3);
    }

    /**
     * The same stack with {@code brokers} Kafka brokers and {@code parse}/{@code validate} instances of the two
     * services that scale out (ingest and query stay single: ingest is not the bottleneck, and one query-service
     * owns the read model's rebuild). The first broker and instance keep their ports; the others get
     * {@code kafkaPort + 2i}/{@code kafkaControllerPort + 2i} and {@code port + 100k} on the default ports, free ports
     * when {@code freePorts} (tests).
     */
    public StackSettings withTopology(int brokerCount, int parse, int validate, boolean freePorts) {
        if (brokerCount < 1 || parse < 1 || validate < 1) {
            throw new IllegalArgumentException("at least one broker and one instance of each service");
        }
        List<BrokerPorts> brokerPorts = new ArrayList<>();
        brokerPorts.add(new BrokerPorts(kafkaPort, kafkaControllerPort));
        for (int i = 1; i < brokerCount; i++) {
            brokerPorts.add(freePorts ? new BrokerPorts(Ports.free(), Ports.free())
                    : new BrokerPorts(kafkaPort + 2 * i, kafkaControllerPort + 2 * i));
        }
        Map<NianbaoService, List<Integer>> instances = new EnumMap<>(NianbaoService.class);
        for (NianbaoService service : NianbaoService.values()) {
            int count = service == NianbaoService.PARSE ? parse : service == NianbaoService.VALIDATE ? validate : 1;
            int base = port(service);
            List<Integer> ports = new ArrayList<>();
            ports.add(base);
            for (int k = 1; k < count; k++) {
                ports.add(freePorts ? Ports.free() : base + 100 * k);
            }
            instances.put(service, ports);
        }
        return new StackSettings(repositoryRoot, dataDir, kafkaPort, kafkaControllerPort, postgresPort, servicePorts,
                writeToken, partitions, brokerPorts, instances);
    }

    public int port(NianbaoService service) {
        return servicePorts.get(service);
    }

    public String url(NianbaoService service) {
        return "http://localhost:" + port(service);
    }

    /** the HTTP ports of every instance of {@code service}, the first being {@link #port} */
    public List<Integer> ports(NianbaoService service) {
        return instancePorts.get(service);
    }

    public int instances(NianbaoService service) {
        return ports(service).size();
    }

    public String bootstrapServers() {
        return LocalKafkaCluster.bootstrapServers(brokers);
    }
}
