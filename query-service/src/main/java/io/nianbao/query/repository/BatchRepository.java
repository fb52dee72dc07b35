package io.nianbao.query.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.nianbao.contracts.event.ReportRejected;

/**
 * Batches: the reports pushed with a batchId (query.report.batch_id) and the documents refused at ingest
 * (query.batch_rejection). A report "failed" when it was parsed but none of its three tables could be read.
 */
@ApplicationScoped
public class BatchRepository {
    /** no table of the report could be read: the parse failed, the tables are images, empty or missing */
    static final String FAILED = "(r.parsed_report IS NOT NULL AND COALESCE(r.active_disclosure_status, 'MISSING') <> 'PRESENT'"
            + " AND COALESCE(r.applications_status, 'MISSING') <> 'PRESENT'"
            + " AND COALESCE(r.review_litigation_status, 'MISSING') <> 'PRESENT')";

    /** counts of one batch */
    public record Counts(String batchId, long reports, long rejected, long parsed, long validated, long failedReports,
            Instant firstAt, Instant lastAt) {
    }

    /** a report of the batch */
    public record Member(String reportId, String fileName, String status, String organization, Integer year,
            int errors, int warnings, boolean failed, String tableStatuses, String notesJson, Instant receivedAt) {
    }

    /** a document refused at ingest */
    public record Rejection(String fileName, String contentType, Long size, int httpStatus, String reason, Instant at) {
    }

    @Inject
    EntityManager em;

    /** Stores a refusal once (a redelivered event changes nothing). Must run in the caller's transaction. */
    public void recordRejection(String eventId, ReportRejected r, Instant occurredAt) {
        Instant at = r.rejectedAt() != null ? r.rejectedAt() : (occurredAt != null ? occurredAt : Instant.now());
        em.createNativeQuery("INSERT INTO query.batch_rejection (event_id, batch_id, file_name, content_type, size_bytes,"
                        + " http_status, reason, rejected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, r.batchId())
                .setParameter(3, r.fileName())
                .setParameter(4, r.contentType())
                .setParameter(5, r.size())
                .setParameter(6, r.httpStatus())
                .setParameter(7, r.reason())
                .setParameter(8, Timestamp.from(at))
                .executeUpdate();
    }

    /** the most recent batches first (by their latest document) */
    @SuppressWarnings("unchecked")
    public List<Counts> recent(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT batch_id, SUM(reports), SUM(rejected), SUM(parsed), SUM(validated),"
                        + " SUM(failed), MIN(at), MAX(at) FROM ("
                        + " SELECT r.batch_id, 1 AS reports, 0 AS rejected,"
                        + " CASE WHEN r.parsed_report IS NOT NULL THEN 1 ELSE 0 END AS parsed,"
                        + " CASE WHEN r.status = 'VALIDATED' THEN 1 ELSE 0 END AS validated,"
                        + " CASE WHEN " + FAILED + " THEN 1 ELSE 0 END AS failed, COALESCE(r.received_at, r.updated_at) AS at"
                        + " FROM query.report r WHERE r.batch_id IS NOT NULL"
                        + " UNION ALL SELECT b.batch_id, 0, 1, 0, 0, 0, b.rejected_at FROM query.batch_rejection b"
                        + ") x GROUP BY batch_id ORDER BY MAX(at) DESC NULLS LAST, batch_id LIMIT ?1")
                .setParameter(1, limit).getResultList();
        List<Counts> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(counts(row));
        }
        return out;
    }

    /** the counts of one batch, or null when nothing is known of it */
    @SuppressWarnings("unchecked")
    public Counts counts(String batchId) {
        List<Object[]> rows = em.createNativeQuery("SELECT ?1, "
                        + " (SELECT COUNT(*) FROM query.report r WHERE r.batch_id = ?1),"
                        + " (SELECT COUNT(*) FROM query.batch_rejection b WHERE b.batch_id = ?1),"
                        + " (SELECT COUNT(*) FROM query.report r WHERE r.batch_id = ?1 AND r.parsed_report IS NOT NULL),"
                        + " (SELECT COUNT(*) FROM query.report r WHERE r.batch_id = ?1 AND r.status = 'VALIDATED'),"
                        + " (SELECT COUNT(*) FROM query.report r WHERE r.batch_id = ?1 AND " + FAILED + "),"
                        + " LEAST((SELECT MIN(COALESCE(r.received_at, r.updated_at)) FROM query.report r WHERE r.batch_id = ?1),"
                        + "       (SELECT MIN(b.rejected_at) FROM query.batch_rejection b WHERE b.batch_id = ?1)),"
                        + " GREATEST((SELECT MAX(COALESCE(r.received_at, r.updated_at)) FROM query.report r WHERE r.batch_id = ?1),"
                        + "       (SELECT MAX(b.rejected_at) FROM query.batch_rejection b WHERE b.batch_id = ?1))")
                .setParameter(1, batchId).getResultList();
        Counts c = counts(rows.get(0));
        return c.reports() + c.rejected() == 0 ? null : c;
    }

    /** the reports of a batch, failed ones first, at most {@code limit} */
    @SuppressWarnings("unchecked")
    public List<Member> members(String batchId, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.report_id, r.file_name, r.status, r.organization, r.year,"
                        + " r.error_count, r.warning_count, " + FAILED + ","
                        + " CONCAT_WS(' / ', r.active_disclosure_status, r.applications_status, r.review_litigation_status),"
                        + " CAST(r.parsed_report -> 'notes' AS TEXT), COALESCE(r.received_at, r.updated_at)"
                        + " FROM query.report r WHERE r.batch_id = ?1"
                        + " ORDER BY " + FAILED + " DESC, r.file_name NULLS LAST, r.report_id LIMIT ?2")
                .setParameter(1, batchId).setParameter(2, limit).getResultList();
        List<Member> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(new Member((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    row[4] == null ? null : ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                    ((Number) row[6]).intValue(), Boolean.TRUE.equals(row[7]), (String) row[8], (String) row[9], NativeValues.instant(row[10])));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<Rejection> rejections(String batchId, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, content_type, size_bytes, http_status, reason, rejected_at"
                        + " FROM query.batch_rejection WHERE batch_id = ?1 ORDER BY rejected_at, event_id LIMIT ?2")
                .setParameter(1, batchId).setParameter(2, limit).getResultList();
        List<Rejection> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(new Rejection((String) row[0], (String) row[1], row[2] == null ? null : ((Number) row[2]).longValue(),
                    ((Number) row[3]).intValue(), (String) row[4], NativeValues.instant(row[5])));
        }
        return out;
    }

    private static Counts counts(Object[] row) {
        return new Counts((String) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5]),
                NativeValues.instant(row[6]), NativeValues.instant(row[7]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
