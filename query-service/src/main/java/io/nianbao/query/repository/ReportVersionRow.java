package io.nianbao.query.repository;

import java.time.Instant;

/** One stored version of a report (query.report_version); JSON columns as text. */
public record ReportVersionRow(String reportId, int version, Integer basedOnVersion, String eventId, String parsedReport,
        String author, String reason, Instant createdAt, String changes, Long validationRevision, Integer errorCount,
        Integer warningCount, Integer infoCount, String issues) {
}
