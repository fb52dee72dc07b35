package io.nianbao.ingest.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Bearer tokens accepted on write endpoints ({@code nianbao.auth.write-tokens}, comma-separated). */
@ConfigMapping(prefix = "nianbao.auth")
public interface AuthConfig {

    /** none configured means every write is refused: there is no open default */
    Optional<List<String>> writeTokens();
}
