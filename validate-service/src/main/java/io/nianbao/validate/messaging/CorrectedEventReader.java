package io.nianbao.validate.messaging;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.MalformedEventException;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportCorrected;

/** Reads a reports.corrected record; anything but a ReportCorrected envelope carrying a version ≥ 2 and its report is poison (DLQ). */
final class CorrectedEventReader {
    private CorrectedEventReader() {}

    static EventEnvelope<ReportCorrected> read(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty record", null);
        }
        EventEnvelope<ReportCorrected> event = JsonCodec.readCorrected(value);
        if (event == null || event.schemaVersion() != EventEnvelope.SCHEMA_VERSION) {
            throw new MalformedEventException("unsupported schemaVersion " + (event == null ? null : event.schemaVersion()), null);
        }
        if (!EventTypes.REPORT_CORRECTED.equals(event.type())) {
            throw new MalformedEventException("unexpected event type " + event.type(), null);
        }
        if (event.eventId() == null || event.reportId() == null || event.payload() == null || event.payload().report() == null
                || event.payload().version() < 2) {
            throw new MalformedEventException("eventId, reportId, payload.report and a version ≥ 2 are required", null);
        }
        return event;
    }
}
