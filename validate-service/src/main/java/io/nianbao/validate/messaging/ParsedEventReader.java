package io.nianbao.validate.messaging;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.MalformedEventException;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportParsed;

/**
 * Reads a reports.parsed record. Anything that is not a ReportParsed envelope of our schema version is a
 * poison message ({@link MalformedEventException}, sent to the DLQ); a poor report inside a good envelope is not.
 */
final class ParsedEventReader {
    private ParsedEventReader() {}

    static EventEnvelope<ReportParsed> read(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty record", null);
        }
        EventEnvelope<ReportParsed> event = JsonCodec.readParsed(value);
        if (event == null || event.schemaVersion() != EventEnvelope.SCHEMA_VERSION) {
            throw new MalformedEventException("unsupported schemaVersion " + (event == null ? null : event.schemaVersion()), null);
        }
        if (event.type() != null && !EventTypes.REPORT_PARSED.equals(event.type())) {
            throw new MalformedEventException("unexpected event type " + event.type(), null);
        }
        if (event.eventId() == null || event.reportId() == null || event.payload() == null || event.payload().report() == null) {
            throw new MalformedEventException("eventId, reportId and payload.report are required", null);
        }
        return event;
    }
}
