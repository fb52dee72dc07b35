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

/** Starts the whole system (as EndToEndTest does) in a fresh folder under target/, where its logs stay. */
final class RunningStack {
    private RunningStack() {}

    static LocalStack start(String folderName, String token) throws IOException {
        Path root = RepositoryRoot.find();
        for (NianbaoService service : NianbaoService.values()) {
            if (!Files.isRegularFile(service.jar(root))) {
                throw new InfraException("the services must be packaged before this test runs; missing " + service.jar(root));
            }
        }
        Path dataDir = Path.of("target", folderName).toAbsolutePath();
        deleteRecursively(dataDir);
        long t0 = System.nanoTime();
        LocalStack stack = LocalStack.start(StackSettings.onFreePorts(root, dataDir, token), ServiceLauncher.withDefaults(),
                line -> System.out.println("[" + folderName + "] " + line));
        System.out.printf("[%s] system up in %.1f s%n", folderName, (System.nanoTime() - t0) / 1e9);
        return stack;
    }

    /** the end of every service's log, for a failure message */
    static String logTails(LocalStack stack) {
        StringBuilder tails = new StringBuilder();
        for (NianbaoService service : NianbaoService.values()) {
            tails.append("---- ").append(stack.logFile(service)).append(" (end) ----\n")
                    .append(stack.service(service).tail(15)).append('\n');
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
