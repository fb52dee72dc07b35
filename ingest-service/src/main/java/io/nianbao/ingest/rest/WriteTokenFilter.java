package io.nianbao.ingest.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import io.nianbao.ingest.config.WriteTokens;

/** Refuses a write request (401) unless it carries one of the configured bearer tokens. */
@Provider
@RequiresWriteToken
@Priority(Priorities.AUTHENTICATION)
public class WriteTokenFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    @Inject
    WriteTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, "缺少写入令牌：请在请求头中提供 Authorization: Bearer <令牌>。");
            return;
        }
        if (!tokens.accepts(header.substring(BEARER.length()).trim())) {
            refuse(request, "写入令牌无效。");
        }
    }

    private static void refuse(ContainerRequestContext request, String detail) {
        request.abortWith(ProblemMappers.problem(Problem.of(401, "unauthorized", "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }
}
