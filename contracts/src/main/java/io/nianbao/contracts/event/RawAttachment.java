package io.nianbao.contracts.event;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A picture that came together with an HTML report page (uploaded with it, or fetched next to its sourceUrl).
 * {@code fileName} is the base name the page's {@code <img src>} refers to, which is how the parser finds it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawAttachment(String fileName, String contentType, String contentBase64) {

    public static RawAttachment of(String fileName, String contentType, byte[] content) {
        return new RawAttachment(fileName, contentType, Base64.getEncoder().encodeToString(content));
    }

    @JsonIgnore
    public byte[] content() {
        return contentBase64 == null ? new byte[0] : Base64.getDecoder().decode(contentBase64);
    }
}
