package io.nianbao.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.nianbao.infra.InfraException;
import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.RepositoryRoot;
import io.nianbao.infra.ServiceLauncher;
import io.nianbao.infra.StackSettings;

/**
 * Starts the system with several brokers and service instances ({@link StackSettings#withTopology}) on free ports,
 * in a fresh folder under target/ where its logs stay.
 */
final class ClusterStack {
    private ClusterStack() {}

    static LocalStack start(String folderName, String token, int brokers, int parse, int validate) throws IOException {
        Path root = RepositoryRoot.find();
        for (NianbaoService service : NianbaoService.values()) {
            if (!Files.isRegularFile(service.jar(root))) {
                throw new InfraException("the services must be packaged before this test runs; missing " + service.jar(root));
            }
        }
        Path dataDir = Path.of("target", folderName).toAbsolutePath();
        if (Files.exists(dataDir)) {
            try (Stream<Path> walk = Files.walk(dataDir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        StackSettings settings = StackSettings.onFreePorts(root, dataDir, token).withTopology(brokers, parse, validate, true);
        long t0 = System.nanoTime();
        LocalStack stack = LocalStack.start(settings, ServiceLauncher.withDefaults(),
                line -> System.out.println("[" + folderName + "] " + line));
        System.out.printf("[%s] %d brokers, parse ×%d, validate ×%d up in %.1f s%n", folderName, brokers, parse, validate,
                (System.nanoTime() - t0) / 1e9);
        return stack;
    }

    /** the end of every instance's log, for a failure message */
    static String logTails(LocalStack stack) {
        StringBuilder tails = new StringBuilder();
        for (NianbaoService service : NianbaoService.values()) {
            for (var process : stack.instances(service)) {
                tails.append("---- ").append(process.logFile()).append(" (end) ----\n").append(process.tail(15)).append('\n');
            }
        }
        return tails.toString();
    }
}
