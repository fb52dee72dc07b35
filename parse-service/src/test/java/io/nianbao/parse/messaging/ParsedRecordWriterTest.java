package io.nianbao.parse.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.model.ParsedReport;

class ParsedRecordWriterTest {

    @Test
    void aTextThatFitsTravelsWithTheReport() {
        String json = new ParsedRecordWriter(100_000).write("r1", new ParsedReport0().event("本年新收申请 12 件"));
        assertEquals("本年新收申请 12 件", JsonCodec.readParsed(json).payload().text());
    }

    @Test
    void aTextTooLongForTheRecordIsLeftOutAndTheReportSaysSo() {
        int limit = 20_000;
        String json = new ParsedRecordWriter(limit).write("r1", new ParsedReport0().event("年".repeat(10_000)));
        assertTrue(json.getBytes(StandardCharsets.UTF_8).length <= limit, "record within the limit");
        ReportParsed back = JsonCodec.readParsed(json).payload();
        assertNull(back.text());
        assertTrue(back.report().notes.contains(ParsedRecordWriter.TEXT_LEFT_OUT), back.report().notes.toString());
    }

    @Test
    void utf8LengthCountsWhatTheSerializerWrites() {
        for (String s : new String[] {"abc", "年报", "é", "\uD840\uDC00x", "混合 text 1,344"}) {
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, ParsedRecordWriter.utf8Length(s), s);
        }
    }

    /** a fresh report per event */
    private static final class ParsedReport0 {
        ReportParsed event(String text) {
            return new ReportParsed(null, new ParsedReport(), 1, text);
        }
    }
}
