package io.nianbao.query.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.query.service.ReadModelUpdater;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Feeds the read model from the three topics, a poll's batch at a time ({@code batch=true} in
 * application.properties) in one transaction (see {@link BatchApplier}). Payloads are read as Strings so that a
 * record that is not a valid envelope fails here and goes to {@code <topic>.dlq} alone.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    @Inject
    ReadModelUpdater updater;

    @Inject
    BatchApplier batches;

    @Incoming(Channels.RAW_IN)
    @Blocking
    public CompletionStage<Void> onRaw(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, json -> EnvelopeCheck.require(JsonCodec.readRaw(json), EventTypes.RAW_REPORT_RECEIVED),
                updater::onRaw);
    }

    @Incoming(Channels.PARSED_IN)
    @Blocking
    public CompletionStage<Void> onParsed(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, json -> EnvelopeCheck.require(JsonCodec.readParsed(json), EventTypes.REPORT_PARSED),
                updater::onParsed);
    }

    @Incoming(Channels.VALIDATED_IN)
    @Blocking
    public CompletionStage<Void> onValidated(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, json -> EnvelopeCheck.require(JsonCodec.readValidated(json), EventTypes.REPORT_VALIDATED),
                updater::onValidated);
    }
}
