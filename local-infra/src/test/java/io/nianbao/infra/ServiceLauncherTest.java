package io.nianbao.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
}
