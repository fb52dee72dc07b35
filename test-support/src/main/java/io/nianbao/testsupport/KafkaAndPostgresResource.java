package io.nianbao.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** {@link KafkaResource} plus a real PostgreSQL (zonky embedded binaries, no Docker). */
public class KafkaAndPostgresResource extends KafkaResource {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL failed to start", e);
        }
        config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        return config;
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception ignored) {
            // best effort: the data folder is a temp folder
        } finally {
            super.stop();
        }
    }
}
