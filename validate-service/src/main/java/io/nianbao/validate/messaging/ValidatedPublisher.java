package io.nianbao.validate.messaging;

import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.micrometer.core.instrument.MeterRegistry;
import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.validate.config.Channels;
import io.nianbao.validate.service.OutgoingValidation;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes ReportValidated events (key = reportId) and waits for the broker's ack. */
@ApplicationScoped
public class ValidatedPublisher {

    @Inject
    @Channel(Channels.REPORTS_VALIDATED)
    MutinyEmitter<String> emitter;

    @Inject
    MeterRegistry metrics;

    public void publish(List<OutgoingValidation> validations) {
        for (OutgoingValidation v : validations) {
            String json = JsonCodec.write(EventEnvelope.of(v.reportId(), EventTypes.REPORT_VALIDATED, v.validated()));
            emitter.sendMessageAndAwait(KafkaRecord.of(v.reportId(), json));
            metrics.counter("nianbao.validations.published", "reason", String.valueOf(v.validated().reason())).increment();
        }
    }
}
