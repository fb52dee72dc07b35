package io.nianbao.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (zonky's embedded binaries, no installation needed) whose data folder survives restarts.
 * Authentication is {@code trust} on localhost, so any password (e.g. {@code postgres}) is accepted.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code port} with its data in {@code dataDir} (created and initialised on first use). */
    public static LocalPostgres start(Path dataDir, int port) {
        Ports.requireFree(port, "PostgreSQL");
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // the owner (the command line, a test) closes it in its own order: services first
                    .setRegisterShutdownHook(false)
                    .start();
            return new LocalPostgres(postgres);
        } catch (IOException | RuntimeException e) {
            throw new InfraException("PostgreSQL did not start on port " + port + " with data in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new InfraException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
