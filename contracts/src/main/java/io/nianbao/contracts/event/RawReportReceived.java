package io.nianbao.contracts.event;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Payload of {@code reports.raw}: the source metadata and the document bytes in base64. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawReportReceived(ReportSource source, String contentBase64) {

    public static RawReportReceived of(ReportSource source, byte[] content) {
        return new RawReportReceived(source, Base64.getEncoder().encodeToString(content));
    }

    @JsonIgnore
    public byte[] content() {
        return Base64.getDecoder().decode(contentBase64);
    }
}
