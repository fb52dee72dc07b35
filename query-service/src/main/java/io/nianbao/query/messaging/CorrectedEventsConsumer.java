package io.nianbao.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.MalformedEventException;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.query.service.CorrectionService;
import io.smallrye.common.annotation.Blocking;

/**
 * Feeds the read model from reports.corrected. The endpoint that published a correction has usually stored it
 * already (then this changes nothing); a replay of the topics, or another instance's correction, is applied here.
 */
@ApplicationScoped
public class CorrectedEventsConsumer {

    @Inject
    CorrectionService corrections;

    @Incoming(Channels.CORRECTED_IN)
    @Blocking
    @Transactional
    public void onCorrected(String json) {
        var event = EnvelopeCheck.require(JsonCodec.readCorrected(json), EventTypes.REPORT_CORRECTED);
        if (event.payload().report() == null || event.payload().version() < 2) {
            throw new MalformedEventException("a correction needs its report and a version ≥ 2", null);
        }
        corrections.onCorrected(event);
    }
}
