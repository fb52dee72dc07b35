package io.nianbao.query.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Settings under {@code nianbao.*}. */
@ConfigMapping(prefix = "nianbao")
public interface QueryConfig {

    Auth auth();

    /** where the console's uploads are forwarded (ingest-service); env NIANBAO_INGEST_URL */
    @WithName("ingest-url")
    String ingestUrl();

    interface Auth {
        /** accepted bearer tokens for write endpoints; empty = any token is passed on to ingest-service, which checks it */
        @WithName("write-tokens")
        Optional<List<String>> writeTokens();
    }
}
