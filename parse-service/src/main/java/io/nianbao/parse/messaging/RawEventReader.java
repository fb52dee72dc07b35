package io.nianbao.parse.messaging;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.MalformedEventException;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;

/** Reads a reports.raw record, and tells a poison message (not the event, or another version of it) apart. */
final class RawEventReader {
    private RawEventReader() {}

    static EventEnvelope<RawReportReceived> read(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonMessageException("empty record");
        }
        EventEnvelope<RawReportReceived> event;
        try {
            event = JsonCodec.readRaw(json);
        } catch (MalformedEventException e) {
            throw new PoisonMessageException("not a RawReportReceived event: " + e.getMessage(), e);
        }
        if (event == null || event.schemaVersion() != EventEnvelope.SCHEMA_VERSION) {
            throw new PoisonMessageException("unsupported schemaVersion "
                    + (event == null ? "-" : event.schemaVersion()) + " (expected " + EventEnvelope.SCHEMA_VERSION + ")");
        }
        if (!EventTypes.RAW_REPORT_RECEIVED.equals(event.type())) {
            throw new PoisonMessageException("unexpected event type " + event.type());
        }
        if (event.reportId() == null || event.reportId().isBlank()) {
            throw new PoisonMessageException("event without reportId");
        }
        if (event.payload() == null || event.payload().contentBase64() == null) {
            throw new PoisonMessageException("event without document content");
        }
        try {
            event.payload().content();
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("document content is not base64", e);
        }
        return event;
    }
}
