package io.nianbao.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka cluster of several KRaft nodes on this machine, each a combined broker+controller in its own process
 * ({@link KafkaNodeMain}) with its own data folder and ports; the controller quorum is made of all nodes, so a
 * cluster of three survives the loss of one. Topics are created with {@link TopicLayout#forBrokers}.
 * A node can be killed (SIGKILL, as a crash) and started again on the same data folder.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path dataDir;
    private final Path logsDir;
    private final List<StackSettings.BrokerPorts> ports;
    private final TopicLayout layout;
    private final List<String> jvmOptions;
    private final Process[] nodes;
    /** ready lines in each node's log before its latest start: the log is appended to across restarts */
    private final int[] readyBefore;

    private LocalKafkaCluster(Path dataDir, Path logsDir, List<StackSettings.BrokerPorts> ports, TopicLayout layout,
                              List<String> jvmOptions) {
        this.dataDir = dataDir.toAbsolutePath();
        this.logsDir = logsDir.toAbsolutePath();
        this.ports = List.copyOf(ports);
        this.layout = layout;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.nodes = new Process[ports.size()];
        this.readyBefore = new int[ports.size()];
    }

    /**
     * Starts one node per entry of {@code ports} (in parallel: a node only finishes starting once a quorum is up), then
     * the topics. Node N keeps its data in {@code dataDir/node-N} and logs to {@code logsDir/kafka-N.log}.
     */
    public static LocalKafkaCluster start(Path dataDir, Path logsDir, List<StackSettings.BrokerPorts> ports, int partitions) {
        for (StackSettings.BrokerPorts p : ports) {
            Ports.requireFree(p.port(), "Kafka broker");
            Ports.requireFree(p.controllerPort(), "Kafka controller");
        }
        LocalKafkaCluster cluster = new LocalKafkaCluster(dataDir, logsDir, ports, TopicLayout.forBrokers(ports.size(), partitions),
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        try {
            cluster.prepareClusterId();
            for (int i = 0; i < ports.size(); i++) {
                cluster.launch(i);
            }
            for (int i = 0; i < ports.size(); i++) {
                cluster.awaitNode(i);
            }
            try (Admin admin = cluster.admin()) {
                cluster.layout.apply(admin, cluster.layout.allTopics());
            }
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public String bootstrapServers() {
        return bootstrapServers(ports);
    }

    public static String bootstrapServers(List<StackSettings.BrokerPorts> ports) {
        return ports.stream().map(p -> "localhost:" + p.port()).collect(Collectors.joining(","));
    }

    public int size() {
        return ports.size();
    }

    public TopicLayout layout() {
        return layout;
    }

    public Path logFile(int node) {
        return logsDir.resolve("kafka-" + (node + 1) + ".log");
    }

    public synchronized boolean isAlive(int node) {
        return nodes[node] != null && nodes[node].isAlive();
    }

    /** Kills node {@code node} (0-based) at once, as a crash or a pulled cable would: no controlled shutdown. */
    public synchronized void kill(int node) {
        Process p = nodes[node];
        if (p != null) {
            p.destroyForcibly();
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            nodes[node] = null;
        }
    }

    /** Starts node {@code node} again on its ports and data folder, waiting until it serves clients. */
    public void restart(int node) {
        synchronized (this) {
            if (nodes[node] != null && nodes[node].isAlive()) {
                return;
            }
            launch(node);
        }
        awaitNode(node);
    }

    private void prepareClusterId() {
        Path file = clusterIdFile();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logsDir);
            if (!Files.exists(file)) {
                Files.writeString(file, Uuid.randomUuid() + "\n");
            }
        } catch (IOException e) {
            throw new InfraException("cannot prepare the Kafka cluster folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private Path clusterIdFile() {
        return dataDir.resolve("cluster.id");
    }

    private String voters() {
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            voters.add((i + 1) + "@localhost:" + ports.get(i).controllerPort());
        }
        return String.join(",", voters);
    }

    private synchronized void launch(int node) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // the node runs from the same classes as this JVM (the cli jar with its lib folder, or a test's classpath)
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KafkaNodeMain.class.getName());
        command.add(dataDir.resolve("node-" + (node + 1)).toString());
        command.add(String.valueOf(node + 1));
        command.add(String.valueOf(ports.get(node).port()));
        command.add(String.valueOf(ports.get(node).controllerPort()));
        command.add(voters());
        command.add(clusterIdFile().toString());
        command.add(String.valueOf(ports.size()));
        readyBefore[node] = readyLines(logFile(node));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(node).toFile()));
        try {
            nodes[node] = builder.start();
        } catch (IOException e) {
            throw new InfraException("cannot start Kafka node " + (node + 1) + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the node's process says it is ready; fails with the end of its log when it exits or takes too long. */
    private void awaitNode(int node) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Path log = logFile(node);
        while (true) {
            Process p;
            synchronized (this) {
                p = nodes[node];
            }
            if (p == null) {
                throw new InfraException("Kafka node " + (node + 1) + " was stopped during start");
            }
            if (readyLines(log) > starts(node)) {
                return;
            }
            if (!p.isAlive()) {
                throw new InfraException("Kafka node " + (node + 1) + " stopped during start (exit code " + p.exitValue()
                        + "). End of " + log + ":\n" + tail(log, 30));
            }
            if (System.nanoTime() > deadline) {
                throw new InfraException("Kafka node " + (node + 1) + " was not ready within " + READY_TIMEOUT.toSeconds()
                        + " s. End of " + log + ":\n" + tail(log, 30));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfraException("interrupted while waiting for Kafka node " + (node + 1), e);
            }
        }
    }

    private synchronized int starts(int node) {
        return readyBefore[node];
    }

    private static int readyLines(Path log) {
        try {
            return (int) Files.readAllLines(log).stream().filter(l -> l.contains(KafkaNodeMain.READY_LINE)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(p);
    }

    /** Stops every node (SIGTERM: controlled shutdown, all at once), killing those that take too long. */
    @Override
    public synchronized void close() {
        for (Process p : nodes) {
            if (p != null) {
                p.destroy();
            }
        }
        for (int i = 0; i < nodes.length; i++) {
            Process p = nodes[i];
            if (p == null) {
                continue;
            }
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
            nodes[i] = null;
        }
    }
}
