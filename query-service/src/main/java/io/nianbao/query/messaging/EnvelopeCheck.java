package io.nianbao.query.messaging;

import io.nianbao.contracts.MalformedEventException;
import io.nianbao.contracts.event.EventEnvelope;

/** Rejects a record that is JSON but not an event this service understands: a poison message for the DLQ. */
final class EnvelopeCheck {
    private EnvelopeCheck() {}

    static <T> EventEnvelope<T> require(EventEnvelope<T> event, String type) {
        if (event == null) {
            throw new MalformedEventException("empty record", null);
        }
        if (event.schemaVersion() != EventEnvelope.SCHEMA_VERSION) {
            throw new MalformedEventException("unsupported schemaVersion " + event.schemaVersion(), null);
        }
        if (event.type() != null && !type.equals(event.type())) {
            throw new MalformedEventException("expected a " + type + " event, got " + event.type(), null);
        }
        if (event.reportId() == null || event.reportId().isBlank() || event.payload() == null) {
            throw new MalformedEventException("event without reportId or payload", null);
        }
        return event;
    }
}
