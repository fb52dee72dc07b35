package io.nianbao.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLauncherTest {

    @TempDir
    Path dir;

    private final ServiceLauncher launcher = new ServiceLauncher(List.of("-Xmx32m"));

    @Test
    void aServiceThatDiesDuringStartIsReportedWithTheEndOfItsLog() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "not a jar");
        ServiceProcess process = launcher.launch("broken-service", jar, Ports.free(), Map.of(), dir.resolve("logs/broken.log"));
        InfraException e = assertThrows(InfraException.class, () -> process.awaitReady(Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("broken-service stopped during start"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("jarfile"), "the log tail names the cause: " + e.getMessage());
        assertFalse(process.isAlive());
    }

    @Test
    void aMissingJarSaysHowToBuildIt() {
        InfraException e = assertThrows(InfraException.class,
                () -> launcher.launch("query-service", dir.resolve("missing.jar"), Ports.free(), Map.of(), dir.resolve("q.log")));
        assertTrue(e.getMessage().contains("mvn -B -ntp -DskipTests install"), e.getMessage());
    }

    @Test
    void aTakenPortIsReportedBeforeStarting() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "not a jar");
        try (ServerSocket taken = new ServerSocket(0)) {
            InfraException e = assertThrows(InfraException.class,
                    () -> launcher.launch("ingest-service", jar, taken.getLocalPort(), Map.of(), dir.resolve("i.log")));
            assertTrue(e.getMessage().contains("port " + taken.getLocalPort()), e.getMessage());
            assertFalse(Files.exists(dir.resolve("i.log")), "nothing was started");
        }
    }

    @Test
    void servicesGetTwoMallocArenasUnlessTheCallerSaysOtherwise() throws Exception {
        Path jar = jarPrintingTheEnvironmentVariable(ServiceLauncher.MALLOC_ARENA_MAX);

        // an operator's own value (inherited from this JVM's environment) is kept
        String expected = System.getenv().getOrDefault(ServiceLauncher.MALLOC_ARENA_MAX, "2");
        assertEquals(expected, launchAndReadLog(jar, Map.of(), "default.log"));
        assertEquals("4", launchAndReadLog(jar, Map.of(ServiceLauncher.MALLOC_ARENA_MAX, "4"), "explicit.log"));
    }

    @Test
    void theDefaultOptionsStartAJvm() throws Exception {
        Path jar = jarPrintingTheEnvironmentVariable("PATH");
        ServiceProcess process = new ServiceLauncher(ServiceLauncher.DEFAULT_JVM_OPTIONS)
                .launch("probe", jar, Ports.free(), Map.of(), dir.resolve("logs/defaults.log"));
        waitForExit(process);
        assertEquals(System.getenv("PATH"), Files.readString(process.logFile()).strip(),
                "a JVM with " + ServiceLauncher.DEFAULT_JVM_OPTIONS + " ran the jar");
    }

    private String launchAndReadLog(Path jar, Map<String, String> environment, String logName) throws Exception {
        ServiceProcess process = launcher.launch("probe", jar, Ports.free(), environment, dir.resolve("logs/" + logName));
        waitForExit(process);
        return Files.readString(process.logFile()).strip();
    }

    private static void waitForExit(ServiceProcess process) throws InterruptedException {
        for (int i = 0; i < 600 && process.isAlive(); i++) {
            Thread.sleep(100);
        }
        assertFalse(process.isAlive(), "the probe ends by itself");
    }

    /** a runnable jar whose main prints one environment variable: what a launched service would see */
    private Path jarPrintingTheEnvironmentVariable(String name) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src")).resolve("Probe.java");
        Files.writeString(src, "public class Probe { public static void main(String[] a) {"
                + " System.out.println(System.getenv(\"" + name + "\")); } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, status, "the probe compiles");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Probe");
        Path jar = dir.resolve("probe-" + name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry("Probe.class"));
            jarOut.write(Files.readAllBytes(classes.resolve("Probe.class")));
            jarOut.closeEntry();
        }
        return jar;
    }
}
