package io.nianbao.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.ReportCorrected;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/** Publishes ReportCorrected events on reports.corrected (key = reportId, acks=all) and waits for the broker. */
@ApplicationScoped
public class CorrectionPublisher {

    @Inject
    @Channel(Channels.CORRECTED_OUT)
    MutinyEmitter<String> emitter;

    /** Returns once the broker has the record; throws when it could not take it. */
    public void publish(EventEnvelope<ReportCorrected> event) {
        emitter.sendMessageAndAwait(KafkaRecord.of(event.reportId(), JsonCodec.write(event)));
    }
}
