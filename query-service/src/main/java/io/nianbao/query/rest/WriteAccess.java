package io.nianbao.query.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.nianbao.query.config.QueryConfig;

/**
 * The write-token check of query-service's own write endpoints (issue reviews …), the same rule as /api/upload:
 * {@code Authorization: Bearer <token>} with a token of {@code nianbao.auth.write-tokens}: none → 401, unknown → 403.
 * Unlike the upload, which ingest-service checks again, these writes happen here: with no tokens configured every
 * write is refused (401), as in the other services.
 */
@ApplicationScoped
public class WriteAccess {

    @Inject
    QueryConfig config;

    /** @return the token; throws a 401 / 403 problem otherwise */
    public String require(String authorization) {
        String token = bearer(authorization);
        if (token == null) {
            throw new ProblemException(401, "Unauthorized", "需要写入令牌 a write token is required (Authorization: Bearer …)");
        }
        List<String> tokens = config.auth().writeTokens().orElse(List.of()).stream().map(String::trim)
                .filter(t -> !t.isEmpty()).toList();
        if (tokens.isEmpty()) {
            throw new ProblemException(401, "Unauthorized", "未配置写入令牌 no write tokens are configured (NIANBAO_AUTH_WRITE_TOKENS)");
        }
        if (!tokens.contains(token)) {
            throw new ProblemException(403, "Forbidden", "令牌无效 this token may not write");
        }
        return token;
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
