package io.nianbao.ingest.rest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An RFC 9457 problem detail; {@code detail} is written for the person who pushed the report. */
@JsonPropertyOrder({"type", "title", "status", "detail"})
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("urn:nianbao:problem:" + slug, title, status, detail);
    }
}
