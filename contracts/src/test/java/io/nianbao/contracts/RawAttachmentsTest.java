package io.nianbao.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawAttachment;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportSource;

/** Pictures travel with their HTML page on reports.raw, and a page with pictures is a report of its own. */
class RawAttachmentsTest {
    private static final byte[] PAGE = "<html><img src=\"pics/t2.png\"></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 9, 8, 7};
    private static final ReportSource SOURCE = new ReportSource("page.html", "text/html", PAGE.length,
            ReportIds.sha256(PAGE), null, null, null, null, null);

    @Test
    void attachmentsRoundTripWithTheirBytesUnchanged() {
        RawReportReceived raw = RawReportReceived.of(SOURCE, PAGE,
                List.of(RawAttachment.of("t2.png", "image/png", PNG), RawAttachment.of("t3.jpg", "image/jpeg", JPEG)));
        RawReportReceived back = JsonCodec.readRaw(JsonCodec.write(EventEnvelope.of("id", EventTypes.RAW_REPORT_RECEIVED, raw)))
                .payload();
        assertArrayEquals(PAGE, back.content());
        assertEquals(2, back.attachments().size());
        assertEquals("image/jpeg", back.attachments().get(1).contentType());
        Map<String, byte[]> byName = back.attachmentsByName();
        assertEquals(List.of("t2.png", "t3.jpg"), List.copyOf(byName.keySet()));
        assertArrayEquals(PNG, byName.get("t2.png"));
        assertArrayEquals(JPEG, byName.get("t3.jpg"));
    }

    @Test
    void aPageWithoutPicturesWritesNoAttachmentsAndOldRecordsReadAsNone() {
        String json = JsonCodec.write(RawReportReceived.of(SOURCE, PAGE));
        assertFalse(json.contains("attachments"), json);
        String old = "{\"source\":{\"fileName\":\"a.txt\"},\"contentBase64\":\"YWJj\"}";
        RawReportReceived read = JsonCodec.read(old, new com.fasterxml.jackson.core.type.TypeReference<RawReportReceived>() {});
        assertTrue(read.attachments().isEmpty());
        assertTrue(read.attachmentsByName().isEmpty());
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), read.content());
        assertTrue(new RawReportReceived(SOURCE, "YWJj", null).attachments().isEmpty());
    }

    @Test
    void thePageWithItsPicturesIsAnotherReportThanThePageAlone() {
        String page = ReportIds.sha256(PAGE);
        Map<String, String> pictures = new LinkedHashMap<>();
        pictures.put("t3.jpg", ReportIds.sha256(JPEG));
        pictures.put("t2.png", ReportIds.sha256(PNG));
        String bundle = ReportIds.ofPageWithPictures(page, pictures);
        assertEquals(ReportIds.of(PAGE), ReportIds.ofPageWithPictures(page, Map.of()));
        assertNotEquals(ReportIds.of(PAGE), bundle);
        assertEquals(16, bundle.length());
        // the order the pictures came in does not matter, their names and bytes do
        assertEquals(bundle, ReportIds.ofPageWithPictures(page, Map.of("t2.png", ReportIds.sha256(PNG), "t3.jpg", ReportIds.sha256(JPEG))));
        assertNotEquals(bundle, ReportIds.ofPageWithPictures(page, Map.of("t2.png", ReportIds.sha256(JPEG), "t3.jpg", ReportIds.sha256(PNG))));
        assertNotEquals(bundle, ReportIds.ofPageWithPictures(page, Map.of("t2.png", ReportIds.sha256(PNG))));
    }
}
