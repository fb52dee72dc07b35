package io.nianbao.ingest.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportRejected;
import io.nianbao.ingest.messaging.RejectionPublisher;
import io.nianbao.ingest.rest.Problem;

/**
 * Records a refused document of a batch on reports.rejected, so that the batch shows it with its reason (it
 * never reaches reports.raw). Only final refusals count: a 503 is a "try again", which the pusher does.
 */
@ApplicationScoped
public class BatchRejections {
    private final RejectionPublisher publisher;

    public BatchRejections(RejectionPublisher publisher) {
        this.publisher = publisher;
    }

    public void record(String fileName, String contentType, long size, SourceHints hints, Problem problem) {
        if (hints == null || hints.batchId() == null || problem == null || problem.status() == 503) {
            return;
        }
        // keyed by the batch: the refused bytes may be huge or absent, and a batch's refusals stay in order
        String key = hints.batchId();
        ReportRejected rejected = new ReportRejected(hints.batchId(), fileName, contentType, size, problem.status(),
                problem.detail() != null ? problem.detail() : problem.title(), Instant.now());
        publisher.publish(key, JsonCodec.write(EventEnvelope.of(key, EventTypes.REPORT_REJECTED, rejected)));
    }
}
