package io.nianbao.query.repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** query.report_version through native SQL (a composite key and JSONB columns). Runs in the caller's transaction. */
@ApplicationScoped
public class ReportVersionRepository {
    private static final String COLUMNS = "report_id, version, based_on_version, event_id, CAST(parsed_report AS text), author, reason,"
            + " created_at, CAST(changes AS text), validation_revision, error_count, warning_count, info_count, CAST(issues AS text)";

    @Inject
    EntityManager em;

    /** The current version of a report: the highest stored, 1 when it was never corrected. */
    public int current(String reportId) {
        Object max = em.createNativeQuery("SELECT MAX(version) FROM query.report_version WHERE report_id = ?1")
                .setParameter(1, reportId).getSingleResult();
        return max == null ? 1 : ((Number) max).intValue();
    }

    public boolean exists(String reportId, int version) {
        return !em.createNativeQuery("SELECT 1 FROM query.report_version WHERE report_id = ?1 AND version = ?2")
                .setParameter(1, reportId).setParameter(2, version).getResultList().isEmpty();
    }

    public void insert(ReportVersionRow row) {
        em.createNativeQuery("INSERT INTO query.report_version (report_id, version, based_on_version, event_id, parsed_report,"
                        + " author, reason, created_at, changes, validation_revision, error_count, warning_count, info_count, issues)"
                        + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, ?8, CAST(?9 AS jsonb), ?10, ?11, ?12, ?13, CAST(?14 AS jsonb))"
                        + " ON CONFLICT (report_id, version) DO NOTHING")
                .setParameter(1, row.reportId()).setParameter(2, row.version()).setParameter(3, row.basedOnVersion())
                .setParameter(4, row.eventId()).setParameter(5, row.parsedReport()).setParameter(6, row.author())
                .setParameter(7, row.reason()).setParameter(8, Timestamp.from(row.createdAt()))
                .setParameter(9, row.changes() == null ? "[]" : row.changes()).setParameter(10, row.validationRevision())
                .setParameter(11, row.errorCount()).setParameter(12, row.warningCount()).setParameter(13, row.infoCount())
                .setParameter(14, row.issues())
                .executeUpdate();
    }

    /** Keeps a validation of this version when it is newer than the one the row holds. */
    public void recordValidation(String reportId, int version, long revision, int errors, int warnings, int infos, String issuesJson) {
        em.createNativeQuery("UPDATE query.report_version SET validation_revision = ?3, error_count = ?4, warning_count = ?5,"
                        + " info_count = ?6, issues = CAST(?7 AS jsonb)"
                        + " WHERE report_id = ?1 AND version = ?2 AND (validation_revision IS NULL OR validation_revision < ?3)")
                .setParameter(1, reportId).setParameter(2, version).setParameter(3, revision).setParameter(4, errors)
                .setParameter(5, warnings).setParameter(6, infos).setParameter(7, issuesJson)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<ReportVersionRow> list(String reportId) {
        return ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM query.report_version WHERE report_id = ?1 ORDER BY version")
                .setParameter(1, reportId).getResultList()).stream().map(ReportVersionRepository::row).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<ReportVersionRow> find(String reportId, int version) {
        return ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM query.report_version WHERE report_id = ?1 AND version = ?2")
                .setParameter(1, reportId).setParameter(2, version).getResultList()).stream().map(ReportVersionRepository::row).findFirst();
    }

    private static ReportVersionRow row(Object[] c) {
        return new ReportVersionRow((String) c[0], ((Number) c[1]).intValue(), c[2] == null ? null : ((Number) c[2]).intValue(),
                (String) c[3], (String) c[4], (String) c[5], (String) c[6], NativeValues.instant(c[7]), (String) c[8],
                c[9] == null ? null : ((Number) c[9]).longValue(), integer(c[10]), integer(c[11]), integer(c[12]), (String) c[13]);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
