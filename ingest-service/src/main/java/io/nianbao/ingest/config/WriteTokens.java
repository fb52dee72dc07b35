package io.nianbao.ingest.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The configured write tokens. A bean of its own (proxied, so created on first use at run time)
 * because JAX-RS filters are built before the run-time configuration is readable.
 */
@ApplicationScoped
public class WriteTokens {
    private static final Logger LOG = Logger.getLogger(WriteTokens.class);

    private final List<byte[]> tokens;

    public WriteTokens(AuthConfig config) {
        this.tokens = config.writeTokens().orElse(List.of()).stream()
                .map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        if (tokens.isEmpty()) {
            LOG.warn("nianbao.auth.write-tokens is empty: every write request will be refused");
        }
    }

    /** compares with every token in constant time, so the answer time tells nothing about a token */
    public boolean accepts(String presented) {
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] token : tokens) {
            found |= MessageDigest.isEqual(token, candidate);
        }
        return found;
    }
}
