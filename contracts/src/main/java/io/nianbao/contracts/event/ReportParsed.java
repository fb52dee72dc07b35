package io.nianbao.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.nianbao.contracts.model.ParsedReport;

/** Payload of {@code reports.parsed}. {@code source} is repeated so that no consumer needs the raw topic. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportParsed(ReportSource source, ParsedReport report, long parseMicros) {
}
