package io.nianbao.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.nianbao.infra.InfraException;
import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.RepositoryRoot;
import io.nianbao.infra.ServiceLauncher;
import io.nianbao.infra.StackSettings;

/** Starts the whole system (as {@code ./nianbao up} does) on free ports in a fresh folder under target/, where its logs stay. */
final class RunningStack {
    private RunningStack() {}

    /** one broker, one instance of each service */
    static LocalStack start(String folderName, String token) throws IOException {
        return start(folderName, token, UnaryOperator.identity(), "system");
    }

    /** several brokers and service instances ({@link StackSettings#withTopology}) */
    static LocalStack startCluster(String folderName, String token, int brokers, int parse, int validate) throws IOException {
        return start(folderName, token, settings -> settings.withTopology(brokers, parse, validate, true),
                String.format("%d brokers, parse ×%d, validate ×%d", brokers, parse, validate));
    }

    private static LocalStack start(String folderName, String token, UnaryOperator<StackSettings> topology, String what)
            throws IOException {
        Path root = RepositoryRoot.find();
        for (NianbaoService service : NianbaoService.values()) {
            if (!Files.isRegularFile(service.jar(root))) {
                throw new InfraException("the services must be packaged before this test runs; missing " + service.jar(root));
            }
        }
        Path dataDir = Path.of("target", folderName).toAbsolutePath();
        deleteRecursively(dataDir);
        StackSettings settings = topology.apply(StackSettings.onFreePorts(root, dataDir, token));
        long t0 = System.nanoTime();
        LocalStack stack = LocalStack.start(settings, ServiceLauncher.withDefaults(),
                line -> System.out.println("[" + folderName + "] " + line));
        System.out.printf("[%s] %s up in %.1f s%n", folderName, what, (System.nanoTime() - t0) / 1e9);
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

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
