package io.nianbao.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A running service started by {@link ServiceLauncher}. */
public final class ServiceProcess implements AutoCloseable {

    /** how long a graceful stop may take before the process is killed */
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;

    ServiceProcess(String name, int port, Process process, Path logFile) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Polls {@code /q/health/ready} until it answers 200. Fails with the end of the service's log when the
     * process exits or the time runs out, so that the cause is visible without opening the file.
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new InfraException(name + " stopped during start (exit code " + process.exitValue() + "). Last lines of "
                        + logFile + ":\n" + tail(40));
            }
            try {
                HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfraException("interrupted while waiting for " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new InfraException(name + " was not ready within " + timeout.toSeconds() + " s (" + baseUrl()
                        + "/q/health/ready). Last lines of " + logFile + ":\n" + tail(40));
            }
            sleep(250);
        }
    }

    /** The last {@code lines} lines of the service's log. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /** Asks the service to stop (SIGTERM, so Quarkus shuts down gracefully), and kills it if it takes too long. */
    @Override
    public void close() {
        stop(GRACE);
    }

    /**
     * Asks the service to stop (SIGTERM: Quarkus shuts down, its Kafka consumers leave their groups and commit) and
     * kills it if it has not exited within {@code grace}. Returns false when it had to be killed.
     */
    public boolean stop(Duration grace) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /**
     * Ends the process at once (SIGKILL), as a crash would: no shutdown hook runs, so its Kafka consumers do not
     * leave their groups and uncommitted offsets are lost; the broker only notices when their session times out.
     */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted", e);
        }
    }
}
