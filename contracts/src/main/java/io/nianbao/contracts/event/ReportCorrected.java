package io.nianbao.contracts.event;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.nianbao.contracts.model.ParsedReport;

/**
 * Payload of {@code reports.corrected}: a new immutable version of a report, made by a user who corrected
 * cells. {@code report} is the whole corrected version (so that a consumer needs no earlier event),
 * {@code changes} what differs from {@code basedOnVersion}. Version 1 is always the parser's reading.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"version", "basedOnVersion", "author", "reason", "correctedAt", "changes", "source", "report"})
public record ReportCorrected(int version, int basedOnVersion, String author, String reason, Instant correctedAt,
        List<CellChange> changes, ReportSource source, ParsedReport report) {
}
