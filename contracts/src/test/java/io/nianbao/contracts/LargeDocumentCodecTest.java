package io.nianbao.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportSource;

/**
 * A document as large as ingest accepts (20 MB) travels on reports.raw as one base64 string of ≈ 28 million
 * characters; Jackson's default limit for one string (20 million) refused it, so such a report was accepted but never
 * parsed.
 */
class LargeDocumentCodecTest {
    private static final int LARGEST_DOCUMENT = 20 * 1024 * 1024;

    @Test
    void aRawEventOfTheLargestDocumentReadsBack() {
        byte[] document = new byte[LARGEST_DOCUMENT];
        new Random(20261126).nextBytes(document);
        ReportSource source = new ReportSource("big.txt", "text/plain", document.length, ReportIds.sha256(document), null,
                null, null, null, null);
        String json = JsonCodec.write(EventEnvelope.of("big", EventTypes.RAW_REPORT_RECEIVED, RawReportReceived.of(source, document)));
        assertTrue(json.length() > 20_000_000, "the event holds a string longer than Jackson's default limit: " + json.length());

        RawReportReceived back = JsonCodec.readRaw(json).payload();

        assertEquals(document.length, back.source().size());
        assertArrayEquals(document, back.content());
    }
}
