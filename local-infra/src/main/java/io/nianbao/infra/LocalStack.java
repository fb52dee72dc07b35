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
    private LocalPostgres postgres;
    private final Map<NianbaoService, ServiceProcess> services = new EnumMap<>(NianbaoService.class);

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
        Ports.requireFree(settings.kafkaPort(), "Kafka broker");
        Ports.requireFree(settings.kafkaControllerPort(), "Kafka controller");
        Ports.requireFree(settings.postgresPort(), "PostgreSQL");
        for (NianbaoService service : NianbaoService.values()) {
            Ports.requireFree(settings.port(service), service.module());
        }
        long t0 = System.nanoTime();
        progress.accept("starting Kafka broker (KRaft) on localhost:" + settings.kafkaPort() + " …");
        LocalKafka startedKafka = LocalKafka.builder(settings.dataDir().resolve("kafka"))
                .port(settings.kafkaPort()).controllerPort(settings.kafkaControllerPort())
                .partitions(settings.partitions()).start();
        keep(() -> kafka = startedKafka, startedKafka);
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
            ServiceProcess process = service(service);
            if (process == null) {
                throw new InfraException("stopped during start");
            }
            process.awaitReady(READY_TIMEOUT);
            progress.accept(service.module() + " ready at " + settings.url(service) + " after " + since(t0));
        }
    }

    /**
     * Stops the broker only (services and database keep running), e.g. to test how the services ride out
     * a broker outage. {@link #startKafka()} brings it back on the same port and data folder.
     */
    public synchronized void stopKafka() {
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

    /**
     * Stops one service (gracefully, as {@link ServiceProcess#close()}) and starts it again on the same port with
     * the same environment, waiting until it is ready; its log is appended to.
     */
    public void restartService(NianbaoService service) {
        ServiceProcess old;
        synchronized (this) {
            old = services.get(service);
        }
        if (old != null) {
            old.close();
        }
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
        env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + settings.kafkaPort());
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
        return "localhost:" + settings.kafkaPort();
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
        for (ServiceProcess process : services.values()) {
            if (!process.isAlive()) {
                dead.add(process);
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
        for (ServiceProcess process : services.values()) {
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
