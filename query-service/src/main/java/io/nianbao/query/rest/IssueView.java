package io.nianbao.query.rest;

import java.math.BigDecimal;

import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.ReportRecord;

/** An issue, with the report it belongs to (organization and year for cross-report lists). */
public record IssueView(String reportId, String organization, Integer year, String code, String severity, String path,
        BigDecimal expected, BigDecimal actual, String message) {

    public static IssueView of(IssueRecord i, ReportRecord r) {
        return new IssueView(i.reportId, r == null ? null : r.organization, r == null ? null : r.year, i.code, i.severity,
                i.path, i.expected, i.actual, i.message);
    }
}
