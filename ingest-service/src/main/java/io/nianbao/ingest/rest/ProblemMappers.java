package io.nianbao.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.IOException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import io.nianbao.ingest.service.IngestException;

/** Every error leaves as application/problem+json; a client never sees a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response ingest(IngestException e) {
        if (e.problem().status() >= 500) {
            LOG.warnf("push refused with %d: %s (%s)", e.problem().status(), e.getMessage(),
                    e.getCause() == null ? "-" : e.getCause().toString());
        }
        Response.ResponseBuilder response = problem(e.problem());
        if (e.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return problem(Problem.of(status, "http-" + status, title, title)).build();
    }

    /** a multipart body that breaks the format (bad part headers, a nested multipart, no closing boundary) */
    @ServerExceptionMapper
    public Response malformedMultipart(MultipartParser.MalformedMessageException e) {
        return badBody(e);
    }

    /** the request body ended before it was complete (e.g. a multipart body without its closing boundary) */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        return badBody(e);
    }

    private static Response badBody(Exception e) {
        LOG.debugf("unreadable request body: %s", e.toString());
        return problem(Problem.of(400, "malformed-request", "Bad Request",
                "请求体格式错误或不完整（例如 multipart 的分段头或结束边界有误），无法读取其中的文档。")).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected error while handling a request", e);
        return problem(Problem.of(500, "internal", "Internal Server Error", "服务内部错误，请稍后重试或联系管理员。")).build();
    }

    static Response.ResponseBuilder problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
