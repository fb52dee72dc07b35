package io.nianbao.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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
    public static final List<String> NIANBAO_TOPICS = List.of(
            "reports.raw", "reports.parsed", "reports.validated",
            "reports.raw.dlq", "reports.parsed.dlq", "reports.validated.dlq");

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
            p.put("node.id", "1");
            p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
            p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            p.put("controller.listener.names", "CONTROLLER");
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
            p.put("log.dirs", logDir.toString());
            p.put("num.partitions", String.valueOf(partitions));
            // one node: every internal topic can only have one replica
            p.put("offsets.topic.replication.factor", "1");
            p.put("offsets.topic.num.partitions", "5");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("share.coordinator.state.topic.replication.factor", "1");
            p.put("share.coordinator.state.topic.min.isr", "1");
            // consumers of a fresh group start at once instead of waiting 3 s for more members
            p.put("group.initial.rebalance.delay.ms", "0");
            p.put("auto.create.topics.enable", "false");
            return p;
        }

        private void format(KafkaConfig config, Path logDir) throws IOException {
            Path clusterIdFile = dataDir.resolve("cluster.id");
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
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while creating Kafka topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new InfraException("cannot create Kafka topics " + names + ": " + e.getMessage(), e);
        }
    }
}
