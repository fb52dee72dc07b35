package io.nianbao.contracts.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Payload of {@code reports.rejected}: a document of a batch that ingest-service refused (empty, too large,
 * unsupported …), so that the batch can show it with its reason although it never became a report. The
 * record's key and the envelope's reportId are the batchId (the refused bytes are no report).
 * {@code httpStatus} is what the pusher was answered; {@code reason} the problem's detail (Chinese).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportRejected(String batchId, String fileName, String contentType, long size, int httpStatus,
        String reason, Instant rejectedAt) {
}
