package io.nianbao.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the Nianbao repository (the folder holding the service modules) from wherever a command or test runs. */
public final class RepositoryRoot {
    private RepositoryRoot() {}

    /** {@code -Dnianbao.home} when set (the ./nianbao script sets it), else the nearest enclosing repository folder. */
    public static Path find() {
        String home = System.getProperty("nianbao.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isRepository(p)) {
                return p;
            }
        }
        throw new InfraException("cannot find the Nianbao repository above " + Path.of("").toAbsolutePath()
                + " (a folder with pom.xml and ingest-service/); run from inside it or set -Dnianbao.home");
    }

    static boolean isRepository(Path p) {
        return Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve(NianbaoService.INGEST.module()));
    }
}
