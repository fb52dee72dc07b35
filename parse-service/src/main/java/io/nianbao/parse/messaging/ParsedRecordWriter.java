package io.nianbao.parse.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportParsed;

/**
 * Writes the reports.parsed record of a report. The text the parser read goes with it (the evidence offsets
 * point into it); a text so long that the record would pass the limit is left out, and the report says so,
 * rather than making a record the broker refuses (which would stall the report as a dead letter).
 */
@ApplicationScoped
public class ParsedRecordWriter {
    private static final Logger LOG = Logger.getLogger(ParsedRecordWriter.class);
    static final String MAX_RECORD_BYTES = "nianbao.parsed.max-record-bytes";
    static final String TEXT_LEFT_OUT = "原文过长，未随解析结果保存，无法显示各数字在原文中的位置。";

    private final int maxRecordBytes;

    /** @param maxRecordBytes the limit of reports.raw (a 20 MB document in base64 plus 1 MB) unless configured */
    public ParsedRecordWriter(@ConfigProperty(name = MAX_RECORD_BYTES, defaultValue = "29010604") int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    public String write(String reportId, ReportParsed parsed) {
        String json = JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_PARSED, parsed));
        if (parsed.text() == null || utf8Length(json) <= maxRecordBytes) {
            return json;
        }
        LOG.warnf("report %s: the parsed text (%d chars) does not fit in a record of %d bytes; sent without it",
                reportId, parsed.text().length(), maxRecordBytes);
        if (parsed.report() != null) {
            parsed.report().notes.add(TEXT_LEFT_OUT);
        }
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_PARSED, parsed.withoutText()));
    }

    /** bytes of the record value as the StringSerializer writes it, without encoding it */
    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
