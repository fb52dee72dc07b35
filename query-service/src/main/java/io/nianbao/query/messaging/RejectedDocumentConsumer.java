package io.nianbao.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.MalformedEventException;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportRejected;
import io.nianbao.query.repository.BatchRepository;
import io.smallrye.common.annotation.Blocking;

/** Stores the documents ingest-service refused for a batch (reports.rejected), so that the batch lists them. */
@ApplicationScoped
public class RejectedDocumentConsumer {

    @Inject
    BatchRepository batches;

    @Incoming(Channels.REJECTED_IN)
    @Blocking
    @Transactional
    public void onRejected(String json) {
        EventEnvelope<ReportRejected> event = EnvelopeCheck.require(JsonCodec.readRejected(json), EventTypes.REPORT_REJECTED);
        if (event.eventId() == null || event.payload().batchId() == null) {
            throw new MalformedEventException("a rejection without eventId or batchId", null);
        }
        batches.recordRejection(event.eventId(), event.payload(), event.occurredAt());
    }
}
