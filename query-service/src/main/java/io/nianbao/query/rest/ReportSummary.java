package io.nianbao.query.rest;

import java.time.Instant;
import java.util.Map;

import io.nianbao.query.repository.ReportRecord;

/** A report in a list: metadata, status and issue counts by severity. */
public record ReportSummary(String reportId, String title, String organization, String normalizedOrganization,
        Integer year, String template, String status, Instant receivedAt, Instant parsedAt, Instant validatedAt,
        String fileName, Map<String, String> tableStatus, Map<String, Integer> issueCounts, Long validationRevision) {

    public static ReportSummary of(ReportRecord r) {
        return new ReportSummary(r.reportId, r.title, r.organization, r.normalizedOrganization, r.year, r.template,
                r.status.name(), r.receivedAt, r.parsedAt, r.validatedAt, r.fileName, TableStatuses.of(r),
                IssueCounts.of(r), r.validationRevision);
    }
}
