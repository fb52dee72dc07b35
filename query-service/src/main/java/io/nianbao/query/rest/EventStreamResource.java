package io.nianbao.query.rest;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.nianbao.query.repository.ValidationEventRecord;
import io.nianbao.query.service.ValidationEventLog;

/**
 * Server-Sent Events of ReportValidated. Each event's id is the sequence number stored with the validation, so a
 * client reconnecting with Last-Event-ID gets every later event replayed from the database, then the live ones
 * (read from the same table as they are committed — one path for replay and live, so none is skipped or doubled).
 */
@Path("/api/events")
@ApplicationScoped
@Tag(name = "events", description = "实时事件 Live validation events (SSE)")
public class EventStreamResource {
    private static final Logger LOG = Logger.getLogger(EventStreamResource.class);
    static final long POLL_MILLIS = 300;

    @Inject
    ValidationEventLog log;

    private final ExecutorService streams = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sse-validated");
        t.setDaemon(true);
        return t;
    });

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Subscribe to ReportValidated events",
            description = "curl -N -H 'Accept: text/event-stream' 'http://localhost:8080/api/events?severity=ERROR'. "
                    + "Event name ReportValidated, id = sequence number, data = the event envelope JSON. Send Last-Event-ID "
                    + "(or ?lastEventId=) to resume; without it the stream starts with the next event.")
    public void subscribe(@Context SseEventSink sink, @Context Sse sse,
            @Parameter(description = "substring of the body's name") @QueryParam("organization") String organization,
            @Parameter(description = "only validations with at least one issue of this severity") @QueryParam("severity") String severity,
            @Parameter(description = "only validations that raised this rule code") @QueryParam("code") String code,
            @Parameter(description = "resume after this event id (same as the Last-Event-ID header)") @QueryParam("lastEventId") String lastEventIdParam,
            @HeaderParam("Last-Event-ID") String lastEventIdHeader) {
        ValidationEventLog.Subscription filter = new ValidationEventLog.Subscription(Params.text(organization),
                Params.severity(severity), Params.code(code));
        String resume = lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventIdParam;
        long start;
        if (resume == null || resume.isBlank()) {
            start = log.latest();
        } else {
            try {
                start = Long.parseLong(resume.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("Last-Event-ID must be an event id (a number): " + resume);
            }
        }
        long from = start;
        streams.submit(() -> pump(sink, sse, filter, from));
    }

    private void pump(SseEventSink sink, Sse sse, ValidationEventLog.Subscription filter, long from) {
        long last = from;
        try (sink) {
            // a comment first, so that the client sees the stream open at once
            sink.send(sse.newEventBuilder().comment("nianbao validated events after " + from).build())
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            while (!sink.isClosed()) {
                List<ValidationEventRecord> batch;
                try {
                    batch = log.after(last, filter, 100);
                } catch (RuntimeException e) {
                    // the database busy or restarting: the subscriber keeps its stream and gets the events later
                    LOG.warnf("SSE: reading events after %d failed, trying again: %s", last, e.toString());
                    Thread.sleep(POLL_MILLIS * 10);
                    continue;
                }
                for (ValidationEventRecord e : batch) {
                    sink.send(sse.newEventBuilder().id(Long.toString(e.seq)).name("ReportValidated").data(e.payload).build())
                            .toCompletableFuture().get(10, TimeUnit.SECONDS);
                    last = e.seq;
                }
                if (batch.isEmpty()) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debugf("SSE subscriber gone after event %d: %s", last, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        streams.shutdownNow();
    }
}
