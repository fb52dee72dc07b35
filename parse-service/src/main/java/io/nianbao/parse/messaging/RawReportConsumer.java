package io.nianbao.parse.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.parse.service.ReportParsing;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * reports.raw → parse → reports.parsed, keyed by reportId.
 *
 * <p>The raw record is acknowledged (its offset committed) only after reports.parsed took the
 * result, so delivery is at-least-once: after a crash a raw event may be parsed and published
 * again. That is acceptable because every consumer of reports.parsed is idempotent by reportId.
 * A record that is not a readable event is a poison message: the exception nacks it and the
 * dead-letter-queue failure strategy moves it to reports.raw.dlq (the reason in its headers), and
 * consumption goes on. A document that cannot be parsed is not poison: it becomes a report with
 * MISSING tables.
 */
@ApplicationScoped
public class RawReportConsumer {

    private final ReportParsing parsing;
    private final ParsedRecordWriter writer;

    public RawReportConsumer(ReportParsing parsing, ParsedRecordWriter writer) {
        this.parsing = parsing;
        this.writer = writer;
    }

    @Incoming(Channels.RAW_IN)
    @Outgoing(Channels.PARSED_OUT)
    @Blocking
    public Record<String, String> parse(String json) {
        EventEnvelope<RawReportReceived> raw = RawEventReader.read(json);
        ReportParsed parsed = parsing.parse(raw.reportId(), raw.payload());
        return Record.of(raw.reportId(), writer.write(raw.reportId(), parsed));
    }
}
