package io.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.RepositoryRoot;
import io.nianbao.infra.ServiceLauncher;
import io.nianbao.infra.ServiceProcess;
import io.nianbao.infra.StackSettings;
import io.nianbao.infra.TopicLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts the whole system on this machine: a Kafka broker and PostgreSQL (data under the data folder, kept
 * across restarts), then the four services as child processes; prints where they are and waits for Ctrl-C.
 */
@Command(name = "up", description = "Start Kafka, PostgreSQL and the four services on this machine; Ctrl-C stops them.")
public class UpCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "${env:NIANBAO_DATA:-.nianbao}",
            description = "data folder for the broker, the database, logs and the token (default: ${DEFAULT-VALUE}; env NIANBAO_DATA)")
    Path data;

    @Option(names = "--token", defaultValue = "${env:NIANBAO_TOKEN}",
            description = "write token the services accept (default: $NIANBAO_TOKEN, else generated once and kept in the data folder)")
    String token;

    @Option(names = "--brokers", defaultValue = "1",
            description = "Kafka brokers in one KRaft cluster (default: ${DEFAULT-VALUE}, in this JVM). With more, each broker is"
                    + " its own process and the topics get ≥ 6 partitions, replication min(3, brokers) and min.insync.replicas 2 from 3 brokers")
    int brokers;

    @Option(names = "--parse", defaultValue = "1", description = "parse-service instances, one consumer group (default: ${DEFAULT-VALUE})")
    int parseInstances;

    @Option(names = "--validate", defaultValue = "1", description = "validate-service instances, one consumer group (default: ${DEFAULT-VALUE})")
    int validateInstances;

    @Option(names = "--free-ports", description = "use ports the system reports free instead of the fixed ones (a second installation beside a running one)")
    boolean freePorts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = data.toAbsolutePath().normalize();
        Files.createDirectories(dataDir.resolve("logs"));
        // the in-process broker and database log through slf4j-simple: into a file, not over the progress lines
        System.setProperty("org.slf4j.simpleLogger.logFile", dataDir.resolve("logs/infra.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        String writeToken = WriteToken.resolve(token, dataDir);
        if (brokers < 1 || brokers > 9 || parseInstances < 1 || validateInstances < 1) {
            throw new io.nianbao.infra.InfraException("--brokers must be 1 to 9, --parse and --validate at least 1");
        }
        StackSettings settings = (freePorts ? StackSettings.onFreePorts(RepositoryRoot.find(), dataDir, writeToken)
                : StackSettings.defaults(RepositoryRoot.find(), dataDir, writeToken))
                .withTopology(brokers, parseInstances, validateInstances, freePorts);

        out.println("nianbao: data in " + dataDir);
        LocalStack stack = LocalStack.create(settings, ServiceLauncher.withDefaults(), line -> {
            out.println("  " + line);
            out.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        // registered before starting, so that Ctrl-C during start also stops what has started
        Thread stopHook = new Thread(() -> {
            out.println();
            out.println("nianbao: stopping the services, then Kafka and PostgreSQL …");
            out.flush();
            try {
                stack.close();
                out.println("nianbao: stopped.");
            } catch (RuntimeException e) {
                out.println("nianbao: stopped, with an error: " + e.getMessage());
            }
            out.flush();
            stopped.countDown();
        }, "nianbao-stop");
        Runtime.getRuntime().addShutdownHook(stopHook);
        stopOnInterrupt();
        try {
            stack.start();
        } catch (RuntimeException e) {
            // start() has already stopped what it started; the hook would only repeat that
            try {
                Runtime.getRuntime().removeShutdownHook(stopHook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C during start: the hook is already running
            }
            throw e;
        }

        double seconds = (System.nanoTime() - t0) / 1e9;
        out.println();
        out.printf("Nianbao is up (started in %.1f s)%n", seconds);
        out.println("  console      " + settings.url(NianbaoService.QUERY) + "/");
        out.println("  query API    " + settings.url(NianbaoService.QUERY) + "/api/reports");
        out.println("  events (SSE) " + settings.url(NianbaoService.QUERY) + "/api/events");
        out.println("  ingest API   " + settings.url(NianbaoService.INGEST) + "/api/reports");
        out.println("  parse        " + healthUrls(settings, NianbaoService.PARSE));
        out.println("  validate     " + healthUrls(settings, NianbaoService.VALIDATE));
        out.println("  Kafka        " + stack.kafkaBootstrapServers() + "  (topics reports.raw, reports.parsed, reports.validated)");
        if (settings.brokers().size() > 1) {
            TopicLayout layout = TopicLayout.forBrokers(settings.brokers().size(), settings.partitions());
            out.printf("  topology     %d brokers (KRaft, each broker also a controller); topics: %d partitions, replication %d,"
                            + " min.insync.replicas %d; parse-service ×%d, validate-service ×%d (one consumer group each)%n",
                    settings.brokers().size(), layout.partitions(), layout.replicationFactor(), layout.minInsyncReplicas(),
                    settings.instances(NianbaoService.PARSE), settings.instances(NianbaoService.VALIDATE));
        }
        out.println("  PostgreSQL   " + stack.jdbcUrl() + "  (user postgres)");
        out.println("  logs         " + dataDir.resolve("logs"));
        out.println("  write token  " + writeToken);
        out.println();
        out.println("  export NIANBAO_TOKEN=" + writeToken);
        out.println("Press Ctrl-C to stop.");
        out.flush();

        watch(stack, out, stopped);
        return 0;
    }

    /** the health URL of every instance of {@code service}, with how many there are when more than one */
    private static String healthUrls(StackSettings settings, NianbaoService service) {
        java.util.List<String> urls = settings.ports(service).stream().map(p -> "http://localhost:" + p + "/q/health").toList();
        return String.join("  ", urls) + (urls.size() > 1 ? "  (" + urls.size() + " instances)" : "");
    }

    /**
     * A JVM started in the background by a script inherits an ignored SIGINT and would then not react to
     * {@code kill -INT} at all; handling it explicitly makes Ctrl-C and {@code kill -INT} stop cleanly everywhere.
     */
    @SuppressWarnings("removal")
    private static void stopOnInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> System.exit(130));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the platform does not allow it: the JVM's own handling (shutdown hooks) still applies
        }
    }

    /** Reports a service that dies after start (with the end of its log) while waiting for Ctrl-C. */
    private static void watch(LocalStack stack, PrintWriter out, CountDownLatch stopped) throws InterruptedException {
        Set<String> reported = new HashSet<>();
        while (!stopped.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
            for (ServiceProcess dead : stack.deadServices()) {
                if (reported.add(dead.name())) {
                    out.println("nianbao: " + dead.name() + " has stopped. Last lines of " + dead.logFile() + ":");
                    out.println(dead.tail(30));
                    out.flush();
                }
            }
        }
    }

}
