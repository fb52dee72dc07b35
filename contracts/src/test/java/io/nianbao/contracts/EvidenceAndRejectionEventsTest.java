package io.nianbao.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportRejected;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.ParsedReport;

/** The additive fields of issue 11: the parsed text travels with ReportParsed; refused documents as ReportRejected. */
class EvidenceAndRejectionEventsTest {
    private static final ReportSource SOURCE = new ReportSource("a.txt", "text/plain", 10, "ab", null, null, null, null, "b1");

    @Test
    void theTextTheParserReadTravelsWithTheParsedEvent() {
        String text = "一、总体情况\n本年新收申请 1,344 件\uD840\uDC00";
        EventEnvelope<ReportParsed> event = EventEnvelope.of("abc", EventTypes.REPORT_PARSED,
                new ReportParsed(SOURCE, new ParsedReport(), 5, text));
        ReportParsed back = JsonCodec.readParsed(JsonCodec.write(event)).payload();
        assertEquals(text, back.text());
        assertEquals(5, back.parseMicros());
    }

    @Test
    void anEventWithoutTextWritesNoTextAndOldEventsStillRead() {
        String json = JsonCodec.write(EventEnvelope.of("abc", EventTypes.REPORT_PARSED, new ReportParsed(SOURCE, new ParsedReport(), 5)));
        assertFalse(json.contains("\"text\""), json);
        assertNull(JsonCodec.readParsed(json).payload().text());
        assertNull(new ReportParsed(SOURCE, new ParsedReport(), 5, "x").withoutText().text());
    }

    @Test
    void aRejectionRoundTrips() {
        Instant at = Instant.parse("2026-11-26T15:00:00Z");
        EventEnvelope<ReportRejected> event = EventEnvelope.of("b1/empty.txt", EventTypes.REPORT_REJECTED,
                new ReportRejected("b1", "empty.txt", "text/plain", 0, 400, "请求中没有文档内容", at));
        String json = JsonCodec.write(event);
        assertTrue(json.contains("\"httpStatus\":400"), json);
        ReportRejected back = JsonCodec.readRejected(json).payload();
        assertEquals(event.payload(), back);
        assertEquals(EventTypes.REPORT_REJECTED, JsonCodec.readRejected(json).type());
    }
}
