package io.nianbao.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * One node of a {@link LocalKafkaCluster}, run as its own process so that it can be killed like a real broker
 * (SIGKILL, no controlled shutdown). Arguments: data folder, node id, broker port, controller port, controller
 * quorum ({@code 1@localhost:p1,2@localhost:p2,…}), cluster-id file, number of nodes. SIGTERM stops it cleanly.
 */
public final class KafkaNodeMain {
    /** printed once the node serves clients: what {@link LocalKafkaCluster} waits for in the node's log */
    static final String READY_LINE = "nianbao-kafka-node ready";

    private KafkaNodeMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 7) {
            System.err.println("usage: KafkaNodeMain DATA NODE_ID PORT CONTROLLER_PORT VOTERS CLUSTER_ID_FILE NODES");
            System.exit(2);
        }
        LocalKafka node = LocalKafka.builder(Path.of(args[0]))
                .port(Integer.parseInt(args[2]))
                .controllerPort(Integer.parseInt(args[3]))
                .clusterNode(Integer.parseInt(args[1]), args[4], Path.of(args[5]), Integer.parseInt(args[6]))
                .topics(java.util.List.of()) // the cluster creates the topics once every node is up
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "kafka-node-stop"));
        System.out.println(READY_LINE);
        System.out.flush();
        stopped.await();
    }
}
