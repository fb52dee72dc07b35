package io.nianbao.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a packaged Quarkus service ({@code quarkus-run.jar}) as a child {@code java} process, configured only
 * through environment variables, with its output in a log file. Used by {@code ./nianbao up} and the
 * end-to-end tests so that both run the services exactly the same way.
 */
public final class ServiceLauncher {

    private final String javaCommand;
    private final List<String> jvmOptions;

    public ServiceLauncher(List<String> jvmOptions) {
        this.javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * JVM options of every service unless {@value #JVM_OPTIONS_ENV} replaces them (space-separated). Memory, as
     * measured under the pipeline load driver (docs/performance.md, "Memory"): without {@code -Xms} the JVM starts
     * with its whole 256 MB heap and the young generation alone is 77 MB of resident pages; from 64 MB the heap
     * grows only as far as the service needs. A smaller code cache saves nothing resident (only compiled code
     * is) and query-service's profiled code alone reached 27 MB, so the JIT's default stays. The ceiling is 512 MB
     * because a document at ingest's 20 MB limit passes through every service as one record (base64 in the raw
     * event, the text read in the parsed one): with 256 MB parse-service ran out of heap on a 19 MB document
     * (measured); with -Xms64m the heap only grows that far when such a document comes.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m", "-Xms64m", "-XX:+UseSerialGC");
    public static final String JVM_OPTIONS_ENV = "NIANBAO_SERVICE_JVM_OPTS";

    /**
     * glibc gives threads that malloc arenas of their own (up to 8 per core) and keeps their freed memory; two
     * are enough for services whose memory is the Java heap (measured: up to 60 MiB less at query-service's
     * peak). Set for every child unless the caller's environment already has a value.
     */
    static final String MALLOC_ARENA_MAX = "MALLOC_ARENA_MAX";
    static final String DEFAULT_MALLOC_ARENA_MAX = "2";

    /**
     * The options {@code ./nianbao up} uses: four services share two cores and a few GB of memory. An operator
     * tunes them (heap, collector, compiler) through {@value #JVM_OPTIONS_ENV} without rebuilding.
     */
    public static ServiceLauncher withDefaults() {
        String override = System.getenv(JVM_OPTIONS_ENV);
        if (override == null || override.isBlank()) {
            return new ServiceLauncher(DEFAULT_JVM_OPTIONS);
        }
        return new ServiceLauncher(List.of(override.trim().split("\\s+")));
    }

    public ServiceProcess launch(String name, Path jar, int port, Map<String, String> environment, Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new InfraException(name + " is not built: " + jar + " is missing (run `mvn -B -ntp -DskipTests install`"
                    + " at the repository root, or use ./nianbao which builds when needed)");
        }
        Ports.requireFree(port, name);
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true);
        builder.environment().putIfAbsent(MALLOC_ARENA_MAX, DEFAULT_MALLOC_ARENA_MAX);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            Files.createDirectories(logFile.getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            return new ServiceProcess(name, port, builder.start(), logFile);
        } catch (IOException e) {
            throw new InfraException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }
}
