package io.nianbao.parser.meta;

/** The header fields of a report; any of them may be null when the report does not say. */
public record Metadata(String title, String organization, Integer year, String notice) {}
