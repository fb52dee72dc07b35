package io.nianbao.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.query.service.ReadModelUpdater;
import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the read model from the three topics. Payloads are read as Strings so that a record that is not
 * a valid envelope fails here and goes to {@code <topic>.dlq}; each update runs in its own transaction
 * (see {@link ReadModelUpdater}).
 */
@ApplicationScoped
public class ReportEventsConsumer {

    @Inject
    ReadModelUpdater updater;

    @Incoming(Channels.RAW_IN)
    @Blocking
    @Transactional
    public void onRaw(String json) {
        updater.onRaw(EnvelopeCheck.require(JsonCodec.readRaw(json), EventTypes.RAW_REPORT_RECEIVED));
    }

    @Incoming(Channels.PARSED_IN)
    @Blocking
    @Transactional
    public void onParsed(String json) {
        updater.onParsed(EnvelopeCheck.require(JsonCodec.readParsed(json), EventTypes.REPORT_PARSED));
    }

    @Incoming(Channels.VALIDATED_IN)
    @Blocking
    @Transactional
    public void onValidated(String json) {
        updater.onValidated(EnvelopeCheck.require(JsonCodec.readValidated(json), EventTypes.REPORT_VALIDATED));
    }
}
