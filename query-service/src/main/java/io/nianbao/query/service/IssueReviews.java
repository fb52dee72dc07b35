package io.nianbao.query.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.IssueReviewLogRecord;
import io.nianbao.query.repository.IssueReviewRecord;
import io.quarkus.panache.common.Sort;

/**
 * Reviews of issues. A review is keyed by (reportId, code, path), which stays the same when a report is validated
 * again (issue rows are replaced then, with new ids): a dismissed issue stays dismissed as long as the validator
 * raises it again, and if it disappears and later comes back (e.g. a correction is undone) the earlier review
 * applies again. Setting OPEN withdraws the review. Every action is logged.
 */
@ApplicationScoped
public class IssueReviews {

    /** JPQL condition on an IssueRecord alias {@code i} selecting issues in the given review state */
    public static String jpqlCondition(ReviewState state) {
        String match = "select v.id from IssueReviewRecord v where v.reportId = i.reportId and v.code = i.code"
                + " and v.path = coalesce(i.path, '')";
        return switch (state) {
            case OPEN -> "not exists (" + match + ")";
            case CONFIRMED -> "exists (" + match + " and v.state = 'CONFIRMED')";
            case DISMISSED -> "exists (" + match + " and v.state = 'DISMISSED')";
        };
    }

    /** SQL join of query.issue_review {@code v} to query.report_issue {@code i}; state is COALESCE(v.state, 'OPEN') */
    public static final String SQL_JOIN = " LEFT JOIN query.issue_review v ON v.report_id = i.report_id AND v.code = i.code"
            + " AND v.path = COALESCE(i.path, '')";

    @Inject
    EntityManager em;

    public static String key(String code, String path) {
        return code + '\u0000' + (path == null ? "" : path);
    }

    /** the reviews of these reports, by reportId then {@link #key} */
    public Map<String, Map<String, IssueReviewRecord>> of(Collection<String> reportIds) {
        Map<String, Map<String, IssueReviewRecord>> out = new HashMap<>();
        if (reportIds.isEmpty()) {
            return out;
        }
        List<IssueReviewRecord> reviews = IssueReviewRecord.list("reportId in ?1", List.copyOf(reportIds));
        for (IssueReviewRecord r : reviews) {
            out.computeIfAbsent(r.reportId, k -> new HashMap<>()).put(key(r.code, r.path), r);
        }
        return out;
    }

    public Map<String, IssueReviewRecord> of(String reportId) {
        return of(List.of(reportId)).getOrDefault(reportId, Map.of());
    }

    public List<IssueReviewLogRecord> history(String reportId) {
        return IssueReviewLogRecord.list("reportId", Sort.by("id"), reportId);
    }

    /**
     * Records a review of the issues (code, path) of a report.
     *
     * @return the issues it applies to now (empty when the report has no such issue: nothing is stored)
     */
    @Transactional
    public List<IssueRecord> review(String reportId, String code, String path, ReviewState state, String comment, String reviewer) {
        String p = path == null ? "" : path;
        List<IssueRecord> issues = IssueRecord.list("reportId = ?1 and code = ?2 and coalesce(path, '') = ?3", Sort.by("id"),
                reportId, code, p);
        if (issues.isEmpty()) {
            return issues;
        }
        Instant now = Instant.now();
        IssueReviewRecord current = IssueReviewRecord.find("reportId = ?1 and code = ?2 and path = ?3", reportId, code, p)
                .firstResult();
        if (state == ReviewState.OPEN) {
            if (current != null) {
                current.delete();
            }
        } else {
            if (current == null) {
                current = new IssueReviewRecord();
            }
            current.set(reportId, code, p, state.name(), comment, reviewer, now);
            current.persist();
        }
        IssueReviewLogRecord log = new IssueReviewLogRecord();
        log.set(reportId, code, p, state.name(), comment, reviewer, now);
        log.persist();
        return issues;
    }
}
