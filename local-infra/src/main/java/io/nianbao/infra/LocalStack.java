package io.nianbao.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system on this machine: the Kafka broker, PostgreSQL and the four services as child processes.
 * Closing it stops the services first (so they can commit offsets and close connections), then the broker
 * and the database.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final StackSettings settings;
    private final Consumer<String> progress;
    private final ServiceLauncher launcher;
    private boolean closed;
    private LocalKafka kafka;
    /** the brokers when the settings ask for more than one (then {@link #kafka} stays null) */
    private LocalKafkaCluster cluster;
    private LocalPostgres postgres;
    private final Map<NianbaoService, ServiceProcess> services = new EnumMap<>(NianbaoService.class);
    /** instances 2, 3 … of the services that run several times ({@link StackSettings#withTopology}) */
    private final Map<NianbaoService, List<ServiceProcess>> moreInstances = new EnumMap<>(NianbaoService.class);

    private LocalStack(StackSettings settings, ServiceLauncher launcher, Consumer<String> progress) {
        this.settings = settings;
        this.launcher = launcher;
        this.progress = progress;
    }

    /** A stack that {@link #start()} will start; register {@link #close()} (e.g. as a shutdown hook) before starting. */
    public static LocalStack create(StackSettings settings, ServiceLauncher launcher, Consumer<String> progress) {
        return new LocalStack(settings, launcher, progress);
    }

    /** Creates and starts a stack in one step. */
    public static LocalStack start(StackSettings settings, ServiceLauncher launcher, Consumer<String> progress) {
        LocalStack stack = create(settings, launcher, progress);
        stack.start();
        return stack;
    }

    /** Starts everything, reporting each step; on failure stops what had started and rethrows. */
    public void start() {
        for (NianbaoService service : NianbaoService.values()) {
            Path jar = service.jar(settings.repositoryRoot());
            if (!jar.toFile().isFile()) {
                throw new InfraException(service.module() + " is not packaged: " + jar + " is missing. Build first:"
                        + " `mvn -B -ntp -DskipTests install` at the repository root (./nianbao does it when needed).");
            }
        }
        try {
            startAll();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() {
        // check every port before starting anything, so a clash is reported at once
        for (StackSettings.BrokerPorts broker : settings.brokers()) {
            Ports.requireFree(broker.port(), "Kafka broker");
            Ports.requireFree(broker.controllerPort(), "Kafka controller");
        }
        Ports.requireFree(settings.postgresPort(), "PostgreSQL");
        for (NianbaoService service : NianbaoService.values()) {
            for (int port : settings.ports(service)) {
                Ports.requireFree(port, service.module());
            }
        }
        long t0 = System.nanoTime();
        if (settings.brokers().size() == 1) {
            progress.accept("starting Kafka broker (KRaft) on localhost:" + settings.kafkaPort() + " …");
            LocalKafka startedKafka = LocalKafka.builder(settings.dataDir().resolve("kafka"))
                    .port(settings.kafkaPort()).controllerPort(settings.kafkaControllerPort())
                    .partitions(settings.partitions()).start();
            keep(() -> kafka = startedKafka, startedKafka);
        } else {
            progress.accept("starting " + settings.brokers().size() + " Kafka brokers (KRaft, one process each) on "
                    + settings.bootstrapServers() + " …");
            LocalKafkaCluster startedCluster = LocalKafkaCluster.start(settings.dataDir().resolve("kafka-cluster"),
                    settings.dataDir().resolve("logs"), settings.brokers(), settings.partitions());
            keep(() -> cluster = startedCluster, startedCluster);
        }
        progress.accept("Kafka ready after " + since(t0) + "; starting PostgreSQL on localhost:" + settings.postgresPort() + " …");
        LocalPostgres startedPostgres = LocalPostgres.start(settings.dataDir().resolve("postgres"), settings.postgresPort());
        keep(() -> postgres = startedPostgres, startedPostgres);
        progress.accept("PostgreSQL ready after " + since(t0) + "; starting the four services …");
        for (NianbaoService service : NianbaoService.values()) {
            ServiceProcess process = launcher.launch(service.module(), service.jar(settings.repositoryRoot()),
                    settings.port(service), environment(), logFile(service));
            keep(() -> services.put(service, process), process);
        }
        for (NianbaoService service : NianbaoService.values()) {
            List<Integer> ports = settings.ports(service);
            for (int k = 1; k < ports.size(); k++) {
                ServiceProcess process = launcher.launch(service.module() + "-" + (k + 1), service.jar(settings.repositoryRoot()),
                        ports.get(k), environment(), logFile(service, k));
                keep(() -> moreInstances.computeIfAbsent(service, s -> new ArrayList<>()).add(process), process);
            }
        }
        for (NianbaoService service : NianbaoService.values()) {
            ServiceProcess process = service(service);
            if (process == null) {
                throw new InfraException("stopped during start");
            }
            process.awaitReady(READY_TIMEOUT);
            progress.accept(service.module() + " ready at " + settings.url(service) + " after " + since(t0));
        }
        for (NianbaoService service : NianbaoService.values()) {
            for (ServiceProcess process : instances(service).subList(1, instances(service).size())) {
                process.awaitReady(READY_TIMEOUT);
                progress.accept(process.name() + " ready at " + process.baseUrl() + " after " + since(t0));
            }
        }
    }

    /**
     * Stops the broker only (services and database keep running), e.g. to test how the services ride out
     * a broker outage. {@link #startKafka()} brings it back on the same port and data folder.
     */
    public synchronized void stopKafka() {
        if (cluster != null) {
            throw new InfraException("a cluster of brokers: kill and restart them one by one (killBroker/restartBroker)");
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** Starts the broker again on the same port and data folder (its topics and records survive). */
    public synchronized void startKafka() {
        if (closed) {
            throw new InfraException("the stack is closed");
        }
        if (kafka == null) {
            kafka = LocalKafka.builder(settings.dataDir().resolve("kafka"))
                    .port(settings.kafkaPort()).controllerPort(settings.kafkaControllerPort())
                    .partitions(settings.partitions()).start();
        }
    }

    /** How long a service restart took: stopping the old process, and starting the new one until it was ready. */
    public record ServiceRestart(Duration stopping, Duration starting, boolean stoppedGracefully) {}

    /**
     * Stops one service (gracefully, as {@link ServiceProcess#close()}) and starts it again on the same port with
     * the same environment, waiting until it is ready; its log is appended to.
     */
    public ServiceRestart restartService(NianbaoService service) {
        return restart(service, false);
    }

    /** Kills one service (SIGKILL, as a crash) and starts it again as {@link #restartService(NianbaoService)} does. */
    public ServiceRestart killAndRestartService(NianbaoService service) {
        return restart(service, true);
    }

    private ServiceRestart restart(NianbaoService service, boolean kill) {
        ServiceProcess old;
        synchronized (this) {
            old = services.get(service);
        }
        long t0 = System.nanoTime();
        boolean graceful = true;
        if (old != null && kill) {
            old.kill();
            graceful = false;
        } else if (old != null) {
            graceful = old.stop(Duration.ofSeconds(20));
        }
        long t1 = System.nanoTime();
        ServiceProcess process;
        synchronized (this) {
            if (closed) {
                throw new InfraException("the stack is closed");
            }
            process = launcher.launch(service.module(), service.jar(settings.repositoryRoot()),
                    settings.port(service), environment(), logFile(service));
            services.put(service, process);
        }
        process.awaitReady(READY_TIMEOUT);
        return new ServiceRestart(Duration.ofNanos(t1 - t0), Duration.ofNanos(System.nanoTime() - t1), graceful);
    }

    /** Kills broker {@code node} (0-based) of a cluster at once (SIGKILL): the others carry on. */
    public void killBroker(int node) {
        requireCluster().kill(node);
    }

    /** Starts broker {@code node} of a cluster again on its ports and data folder. */
    public void restartBroker(int node) {
        requireCluster().restart(node);
    }

    private synchronized LocalKafkaCluster requireCluster() {
        if (cluster == null) {
            throw new InfraException("one broker only: use stopKafka/startKafka");
        }
        return cluster;
    }

    /** Every running instance of {@code service}, the first being {@link #service}. */
    public synchronized List<ServiceProcess> instances(NianbaoService service) {
        List<ServiceProcess> all = new ArrayList<>();
        if (services.get(service) != null) {
            all.add(services.get(service));
        }
        all.addAll(moreInstances.getOrDefault(service, List.of()));
        return all;
    }

    /**
     * Starts again, on its port and log, every instance of {@code service} that is no longer running (stopped, killed
     * or crashed), and waits until they are ready. Returns how many were started.
     */
    public int startStoppedInstances(NianbaoService service) {
        List<ServiceProcess> started = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                throw new InfraException("the stack is closed");
            }
            List<Integer> ports = settings.ports(service);
            for (int k = 0; k < ports.size(); k++) {
                ServiceProcess current = k == 0 ? services.get(service) : moreInstances.getOrDefault(service, List.of()).get(k - 1);
                if (current != null && current.isAlive()) {
                    continue;
                }
                ServiceProcess process = launcher.launch(k == 0 ? service.module() : service.module() + "-" + (k + 1),
                        service.jar(settings.repositoryRoot()), ports.get(k), environment(), logFile(service, k));
                if (k == 0) {
                    services.put(service, process);
                } else {
                    moreInstances.get(service).set(k - 1, process);
                }
                started.add(process);
            }
        }
        for (ServiceProcess process : started) {
            process.awaitReady(READY_TIMEOUT);
        }
        return started.size();
    }

    /** The log of instance {@code k} (0-based) of {@code service}: the first keeps {@code <module>.log}. */
    public Path logFile(NianbaoService service, int k) {
        return k == 0 ? logFile(service) : settings.dataDir().resolve("logs").resolve(service.module() + "-" + (k + 1) + ".log");
    }

    /** Records a started part, unless the stack was closed meanwhile (Ctrl-C during start): then stops it at once. */
    private synchronized void keep(Runnable record, AutoCloseable part) {
        if (closed) {
            try {
                part.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            throw new InfraException("stopped during start");
        }
        record.run();
    }

    /** The configuration every service reads from its environment (names from interfaces.md). */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        // from the settings, not the running broker: a service restarted while the broker is down needs it too
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("NIANBAO_AUTH_WRITE_TOKENS", settings.writeToken());
        env.put("NIANBAO_INGEST_URL", settings.url(NianbaoService.INGEST));
        return env;
    }

    public Path logFile(NianbaoService service) {
        return settings.dataDir().resolve("logs").resolve(service.module() + ".log");
    }

    public StackSettings settings() {
        return settings;
    }

    public String kafkaBootstrapServers() {
        return settings.bootstrapServers();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public synchronized ServiceProcess service(NianbaoService service) {
        return services.get(service);
    }

    /** The services that have exited on their own since start (a crash after start-up). */
    public synchronized List<ServiceProcess> deadServices() {
        List<ServiceProcess> dead = new ArrayList<>();
        for (NianbaoService service : NianbaoService.values()) {
            for (ServiceProcess process : instances(service)) {
                if (!process.isAlive()) {
                    dead.add(process);
                }
            }
        }
        return dead;
    }

    @Override
    public synchronized void close() {
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
        // stop all services at once: each may take a few seconds to shut down
        List<Thread> stoppers = new ArrayList<>();
        List<ServiceProcess> all = new ArrayList<>(services.values());
        moreInstances.values().forEach(all::addAll);
        for (ServiceProcess process : all) {
            Thread stopper = new Thread(process::close, "stop-" + process.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        services.clear();
        moreInstances.clear();
        if (cluster != null) {
            try {
                cluster.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
            cluster = null;
        }
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
            postgres = null;
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static String since(long t0) {
        return String.format("%.1f s", (System.nanoTime() - t0) / 1e9);
    }
}
