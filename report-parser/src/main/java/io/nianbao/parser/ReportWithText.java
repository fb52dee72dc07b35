package io.nianbao.parser;

import io.nianbao.contracts.model.ParsedReport;

/**
 * A parsed report with the text it was parsed from ({@code ReadDocument.text}): the offsets of the report's
 * cell evidence and narrative quotes point into this text, so a client can show the span a figure came from.
 *
 * @param text the text as read ("" when nothing could be read)
 */
public record ReportWithText(ParsedReport report, String text) {}
