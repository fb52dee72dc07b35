package io.nianbao.query.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A window of the text a report was parsed from, around a span: {@code text} is the text from {@code start}
 * to {@code end} (UTF-16 offsets into the whole text, as the parser counts them); the span is
 * {@code offset}…{@code offset + length}, i.e. {@code text.substring(offset - start, offset - start + length)}.
 */
@JsonPropertyOrder({"reportId", "textLength", "offset", "length", "start", "end", "text"})
public record SourceWindow(String reportId, int textLength, int offset, int length, int start, int end, String text) {
}
