package io.nianbao.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.parser.ReportParser;
import io.nianbao.parser.ReportWithText;
import io.nianbao.rules.ReportValidator;

/**
 * A seed as parse-service publishes it: parsed by the real parser, with the text its evidence points into. A
 * line after the report makes the bytes (and the reportId) this test's own without moving any offset.
 */
record ParsedSeed(String name, String reportId, ReportSource source, byte[] bytes, ReportWithText parsed) {

    static ParsedSeed of(Path document, String batchId) {
        try {
            byte[] bytes = (Files.readString(document) + "\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
            String name = document.getFileName().toString();
            ReportSource source = new ReportSource(name, "text/plain; charset=UTF-8", bytes.length, ReportIds.sha256(bytes),
                    null, null, null, Instant.now(), batchId);
            return new ParsedSeed(name, ReportIds.of(bytes), source, bytes, new ReportParser().parseWithText(bytes, name, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ParsedReport report() {
        return parsed.report();
    }

    String text() {
        return parsed.text();
    }

    String raw() {
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED, RawReportReceived.of(source, bytes)));
    }

    String parsedEvent() {
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_PARSED,
                new ReportParsed(source, report(), 1000, text())));
    }

    String validated() {
        ParsedReport r = report();
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_VALIDATED, new ReportValidated(r.organization,
                r.organization, r.year, r.template, 1, "parsed", new ReportValidator().validate(r))));
    }
}
