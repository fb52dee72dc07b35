package io.nianbao.query.rest;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.nianbao.query.config.QueryConfig;

/**
 * The console's upload: the request (a document, or multipart/form-data with "file" parts) is passed unchanged
 * to ingest-service's POST /api/reports with the user's own bearer token, and ingest's answer comes back as is.
 */
@Path("/api/upload")
@Tag(name = "upload", description = "上传 Upload through the console")
public class UploadResource {
    private static final Logger LOG = Logger.getLogger(UploadResource.class);

    @Inject
    QueryConfig config;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Forward documents to ingest-service (requires Authorization: Bearer <token>)")
    public Response upload(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws Exception {
        String token = bearer(authorization);
        if (token == null) {
            return ProblemMappers.respond(Problem.of(401, "Unauthorized", "需要写入令牌 a write token is required (Authorization: Bearer …)"));
        }
        if (config.auth().writeTokens().filter(tokens -> !tokens.isEmpty()).map(tokens -> !tokens.contains(token)).orElse(false)) {
            return ProblemMappers.respond(Problem.of(403, "Forbidden", "令牌无效 this token may not write"));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.ingestUrl().replaceAll("/+$", "") + "/api/reports"))
                .timeout(Duration.ofMinutes(2))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            LOG.warnf("ingest-service unreachable at %s: %s", config.ingestUrl(), e.toString());
            return ProblemMappers.respond(Problem.of(502, "Bad Gateway", "接收服务不可用 ingest-service is not reachable"));
        }
        Response.ResponseBuilder out = Response.status(answer.statusCode()).entity(answer.body());
        answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).ifPresent(t -> out.type(t));
        answer.headers().firstValue(HttpHeaders.LOCATION).ifPresent(l -> out.header(HttpHeaders.LOCATION, l));
        return out.build();
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
