package io.nianbao.validate.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.nianbao.validate.config.Channels;
import io.nianbao.validate.service.ValidationService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Consumes reports.parsed as String so that a poison record fails here and goes to reports.parsed.dlq
 * (failure-strategy=dead-letter-queue). The database work commits first, then the validations are
 * published and only then is the record acknowledged: after a crash in between, the redelivered record
 * finds its event handled and publishes the stored validation again (same revision, never a lower one).
 */
@ApplicationScoped
public class ParsedReportConsumer {
    private static final Logger LOG = Logger.getLogger(ParsedReportConsumer.class);

    @Inject
    ValidationService service;
    @Inject
    ValidatedPublisher publisher;

    @Incoming(Channels.REPORTS_PARSED)
    @Blocking
    public void consume(String value) {
        var event = ParsedEventReader.read(value);
        var validations = service.process(event);
        try {
            publisher.publish(validations);
        } catch (RuntimeException e) {
            LOG.errorf(e, "validation of report %s stored but not published", event.reportId());
            throw e;
        }
    }
}
