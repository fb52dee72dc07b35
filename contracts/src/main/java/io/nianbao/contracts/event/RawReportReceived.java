package io.nianbao.contracts.event;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Payload of {@code reports.raw}: the source metadata and the document bytes in base64, and the pictures that
 * came with an HTML page ({@code attachments}, left out of the JSON when there are none; a record written before
 * they existed reads as having none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawReportReceived(ReportSource source, String contentBase64,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RawAttachment> attachments) {

    public RawReportReceived {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public RawReportReceived(ReportSource source, String contentBase64) {
        this(source, contentBase64, List.of());
    }

    public static RawReportReceived of(ReportSource source, byte[] content) {
        return of(source, content, List.of());
    }

    public static RawReportReceived of(ReportSource source, byte[] content, List<RawAttachment> attachments) {
        return new RawReportReceived(source, Base64.getEncoder().encodeToString(content), attachments);
    }

    @JsonIgnore
    public byte[] content() {
        return Base64.getDecoder().decode(contentBase64);
    }

    /** the pictures by file name, as the parser looks them up; the first of two with one name wins */
    @JsonIgnore
    public Map<String, byte[]> attachmentsByName() {
        Map<String, byte[]> byName = new LinkedHashMap<>();
        for (RawAttachment attachment : attachments) {
            if (attachment != null && attachment.fileName() != null) {
                byName.putIfAbsent(attachment.fileName(), attachment.content());
            }
        }
        return byName;
    }
}
