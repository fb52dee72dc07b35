package io.nianbao.validate.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every error as RFC 9457 application/problem+json; never a stack trace to a client. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Response toResponse(Throwable error) {
        int status;
        String detail;
        if (error instanceof WebApplicationException wae) {
            status = wae.getResponse().getStatus();
            detail = error.getMessage();
        } else {
            status = 500;
            detail = "internal error; see the service log";
            LOG.error("request failed", error);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
