package io.nianbao.infra;

import java.nio.file.Path;

/** The four Quarkus services, the module that builds each and the HTTP port it uses by default (interfaces.md). */
public enum NianbaoService {
    INGEST("ingest-service", 8081),
    PARSE("parse-service", 8082),
    VALIDATE("validate-service", 8083),
    QUERY("query-service", 8080);

    private final String module;
    private final int defaultPort;

    NianbaoService(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Where {@code mvn package} leaves the runnable application of this service. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
