package io.nianbao.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM, with
 * its log in a folder that survives restarts. The first start formats the storage with a new cluster id,
 * which is kept in {@code cluster.id} next to the log so later starts reuse the same data.
 */
public final class LocalKafka implements AutoCloseable {

    /** The topics every Nianbao installation needs (the services' contract, interfaces.md), with their DLQs. */
    public static final List<String> NIANBAO_TOPICS = TopicLayout.ALL_TOPICS;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;

    private LocalKafka(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    public static final class Builder {
        private final Path dataDir;
        private int port = 19092;
        private int controllerPort = 19093;
        private int partitions = 3;
        private List<String> topics = NIANBAO_TOPICS;
        private int nodeId = 1;
        private String quorumVoters;
        private Path clusterIdFile;
        private int clusterSize = 1;

        private Builder(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath();
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        public Builder partitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        public Builder topics(List<String> topics) {
            this.topics = List.copyOf(topics);
            return this;
        }

        /**
         * Makes this node one of {@code clusterSize} combined broker+controller nodes of a cluster (see
         * {@link LocalKafkaCluster}): its node id, the controller quorum ({@code id@host:port,…}) and the file holding
         * the cluster id all nodes share. Internal topics are then replicated on min(3, clusterSize) nodes.
         */
        public Builder clusterNode(int nodeId, String quorumVoters, Path clusterIdFile, int clusterSize) {
            this.nodeId = nodeId;
            this.quorumVoters = quorumVoters;
            this.clusterIdFile = clusterIdFile.toAbsolutePath();
            this.clusterSize = clusterSize;
            return this;
        }

        public LocalKafka start() {
            Ports.requireFree(port, "Kafka broker");
            Ports.requireFree(controllerPort, "Kafka controller");
            Path logDir = dataDir.resolve("log");
            KafkaConfig config = KafkaConfig.fromProps(properties(logDir), false);
            try {
                Files.createDirectories(logDir);
                if (!Files.exists(logDir.resolve("meta.properties"))) {
                    format(config, logDir);
                }
            } catch (IOException e) {
                throw new InfraException("cannot prepare the Kafka data folder " + dataDir + ": " + e.getMessage(), e);
            }
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown();
                throw new InfraException("the Kafka broker did not start (data in " + dataDir + "): " + e.getMessage(), e);
            }
            LocalKafka kafka = new LocalKafka(server, "localhost:" + port, dataDir);
            if (topics.isEmpty()) {
                return kafka;
            }
            try {
                kafka.createTopics(topics, partitions);
            } catch (RuntimeException e) {
                kafka.close();
                throw e;
            }
            return kafka;
        }

        private Properties properties(Path logDir) {
            Properties p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", String.valueOf(nodeId));
            p.put("controller.quorum.voters", quorumVoters != null ? quorumVoters : nodeId + "@localhost:" + controllerPort);
            p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            p.put("controller.listener.names", "CONTROLLER");
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
            p.put("log.dirs", logDir.toString());
            p.put("num.partitions", String.valueOf(partitions));
            // one node: every internal topic can only have one replica; a cluster replicates them like the topics
            TopicLayout layout = TopicLayout.forBrokers(clusterSize, partitions);
            String replication = String.valueOf(layout.replicationFactor());
            String minIsr = String.valueOf(layout.minInsyncReplicas());
            p.put("offsets.topic.replication.factor", replication);
            p.put("offsets.topic.num.partitions", "5");
            p.put("transaction.state.log.replication.factor", replication);
            p.put("transaction.state.log.min.isr", minIsr);
            p.put("share.coordinator.state.topic.replication.factor", replication);
            p.put("share.coordinator.state.topic.min.isr", minIsr);
            if (clusterSize > 1) {
                p.put("default.replication.factor", replication);
                p.put("min.insync.replicas", minIsr);
            }
            // consumers of a fresh group start at once instead of waiting 3 s for more members
            p.put("group.initial.rebalance.delay.ms", "0");
            p.put("auto.create.topics.enable", "false");
            // the log cleaner (it compacts __consumer_offsets) allocates its whole dedupe buffer on the heap at
            // start: Kafka's 128 MB default was a third of the `up` process's memory. 16 MB still maps about
            // 600,000 keys per cleaning pass, far more than the offsets of this system's few consumer groups.
            p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
            return p;
        }

        private void format(KafkaConfig config, Path logDir) throws IOException {
            Path clusterIdFile = this.clusterIdFile != null ? this.clusterIdFile : dataDir.resolve("cluster.id");
            String clusterId;
            if (Files.exists(clusterIdFile)) {
                clusterId = Files.readString(clusterIdFile).trim();
            } else {
                clusterId = Uuid.randomUuid().toString();
                Files.writeString(clusterIdFile, clusterId + "\n");
            }
            Formatter formatter = new Formatter()
                    .setClusterId(clusterId)
                    .setNodeId(config.nodeId())
                    .setIgnoreFormatted(true)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .addDirectory(logDir.toString());
            try {
                formatter.run();
            } catch (Exception e) {
                throw new InfraException("cannot format the Kafka storage in " + logDir + ": " + e.getMessage(), e);
            }
        }
    }

    /** Creates the topics that do not exist yet (a restart keeps the existing ones and their data). */
    public void createTopics(List<String> names, int partitions) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            TopicLayout.forBrokers(1, partitions).apply(admin, names);
        }
    }
}
