package io.nianbao.contracts.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.nianbao.contracts.model.ParsedReport;

/**
 * Payload of {@code reports.parsed}. {@code source} is repeated so that no consumer needs the raw topic.
 * {@code text} is the text the parser read: the offsets of {@code report.cells} and of the narrative
 * figures point into it (evidence). It is absent when the parser read nothing, or when the event would
 * not fit in a Kafka record (the report then says so in its notes).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportParsed(ReportSource source, ParsedReport report, long parseMicros,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    /** without the text the parser read (producers that have none, tests) */
    public ReportParsed(ReportSource source, ParsedReport report, long parseMicros) {
        this(source, report, parseMicros, null);
    }

    public ReportParsed withoutText() {
        return new ReportParsed(source, report, parseMicros, null);
    }
}
