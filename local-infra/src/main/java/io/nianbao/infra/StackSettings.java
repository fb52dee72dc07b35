package io.nianbao.infra;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where and how {@link LocalStack} runs: the repository holding the built services, the data folder, the ports
 * and the write token. {@link #defaults} gives the ports of interfaces.md; tests override them with free ports.
 */
public record StackSettings(Path repositoryRoot, Path dataDir, int kafkaPort, int kafkaControllerPort,
                            int postgresPort, Map<NianbaoService, Integer> servicePorts, String writeToken,
                            int partitions) {

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
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

    public int port(NianbaoService service) {
        return servicePorts.get(service);
    }

    public String url(NianbaoService service) {
        return "http://localhost:" + port(service);
    }
}
