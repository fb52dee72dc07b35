package io.nianbao.validate.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.nianbao.validate.config.Channels;
import io.nianbao.validate.service.ValidationService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Consumes reports.corrected: a user's corrected version of a report is validated like a parsed one (same
 * cross-year context) and published on reports.validated with its version. Same order as
 * {@link ParsedReportConsumer}: commit, publish, then acknowledge.
 */
@ApplicationScoped
public class CorrectedReportConsumer {
    private static final Logger LOG = Logger.getLogger(CorrectedReportConsumer.class);

    @Inject
    ValidationService service;
    @Inject
    ValidatedPublisher publisher;

    @Incoming(Channels.REPORTS_CORRECTED)
    @Blocking
    public void consume(String value) {
        var event = CorrectedEventReader.read(value);
        var validations = service.processCorrection(event);
        try {
            publisher.publish(validations);
        } catch (RuntimeException e) {
            LOG.errorf(e, "validation of corrected report %s stored but not published", event.reportId());
            throw e;
        }
    }
}
