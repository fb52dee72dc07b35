package io.nianbao.contracts.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a document came from. {@code organizationHint}/{@code yearHint} are what the pusher said
 * (query parameters), used only where the document itself is silent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportSource(String fileName, String contentType, long size, String sha256, String sourceUrl,
        String organizationHint, Integer yearHint, Instant receivedAt, String batchId) {
}
