package io.nianbao.query.rest;

import java.math.BigDecimal;

import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.IssueReviewRecord;
import io.nianbao.query.repository.ReportRecord;
import io.nianbao.query.service.ReviewState;

/**
 * An issue, with the report it belongs to (organization and year for cross-report lists) and its review:
 * {@code review} is OPEN, CONFIRMED or DISMISSED, with the reviewer's comment, name and time when reviewed.
 */
public record IssueView(String reportId, String organization, Integer year, String code, String severity, String path,
        BigDecimal expected, BigDecimal actual, String message, String review, String reviewComment, String reviewer,
        String reviewedAt) {

    public static IssueView of(IssueRecord i, ReportRecord r) {
        return of(i, r, null);
    }

    /** @param review the review of (report, code, path), or null when there is none (OPEN) */
    public static IssueView of(IssueRecord i, ReportRecord r, IssueReviewRecord review) {
        return new IssueView(i.reportId, r == null ? null : r.organization, r == null ? null : r.year, i.code, i.severity,
                i.path, i.expected, i.actual, i.message, review == null ? ReviewState.OPEN.name() : review.state,
                review == null ? null : review.comment, review == null ? null : review.reviewer,
                review == null || review.reviewedAt == null ? null : review.reviewedAt.toString());
    }
}
