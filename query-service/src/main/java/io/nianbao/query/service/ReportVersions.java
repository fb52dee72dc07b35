package io.nianbao.query.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.ReportCorrected;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.Tables;
import io.nianbao.query.repository.CellRepository;
import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.ProcessingStatus;
import io.nianbao.query.repository.ReportRecord;
import io.nianbao.query.repository.ReportVersionRepository;
import io.nianbao.query.repository.ReportVersionRow;
import io.nianbao.query.repository.ValidationEventRecord;
import io.quarkus.panache.common.Sort;

/**
 * The versions of a report in the read model. A report that was never corrected has no version rows (its
 * version 1 is the report row); the first correction stores version 1 as it stood, then the new version, and
 * makes the new one current: report.parsed_report, the cells, and the status back to PARSED until a validation
 * of that version arrives. Every method expects the report row locked by the caller's transaction.
 */
@ApplicationScoped
public class ReportVersions {
    private static final Logger LOG = Logger.getLogger(ReportVersions.class);

    @Inject
    ReportVersionRepository versions;
    @Inject
    CellRepository cells;

    public int current(String reportId) {
        return versions.current(reportId);
    }

    /** True once a user's correction stands: the parser's reading must then not replace the current version. */
    public boolean corrected(String reportId) {
        return versions.current(reportId) > 1;
    }

    /**
     * A parsed event for a corrected report: the current version stays; the parser's reading is kept as version 1
     * if that row is missing (the correction was replayed before the parsed event).
     */
    public void parsedWhileCorrected(ReportRecord report, String parsedJson, Instant parsedAt) {
        LOG.infof("report %s: parsed event ignored, corrected version %d stands", report.reportId, versions.current(report.reportId));
        if (!versions.exists(report.reportId, 1)) {
            versions.insert(new ReportVersionRow(report.reportId, 1, null, null, parsedJson, null, null,
                    parsedAt != null ? parsedAt : Instant.now(), "[]", null, null, null, null, null));
        }
    }

    /**
     * Keeps a validation with the version it validated; returns false when it validated an older version than
     * the current one (it must not replace the current version's issues).
     */
    public boolean acceptValidation(String reportId, ReportValidated v) {
        int version = v.versionOrFirst();
        List<Issue> issues = v.issues() == null ? List.of() : v.issues();
        versions.recordValidation(reportId, version, v.revision(), (int) v.count(Severity.ERROR), (int) v.count(Severity.WARNING),
                (int) v.count(Severity.INFO), JsonCodec.write(issues));
        int current = versions.current(reportId);
        if (version < current) {
            LOG.debugf("report %s: validation of version %d kept with that version only (current %d)", reportId, version, current);
            return false;
        }
        return true;
    }

    /**
     * Applies a correction: stores the new version and makes it current. Returns false when this version (or a
     * later one) is already there: the event was applied before (redelivery, or by the endpoint that published it).
     */
    public boolean apply(ReportRecord report, EventEnvelope<ReportCorrected> event) {
        ReportCorrected c = event.payload();
        int current = versions.current(report.reportId);
        if (c.version() <= current) {
            return false;
        }
        if (current == 1 && report.parsedReport != null && !versions.exists(report.reportId, 1)) {
            // version 1 as it stands before its first correction, with its validation when the kept one is of version 1
            boolean ownValidation = report.isValidated() && validatedVersion(report) == 1;
            versions.insert(new ReportVersionRow(report.reportId, 1, null, null, report.parsedReport, null, null,
                    report.parsedAt != null ? report.parsedAt : Instant.now(), "[]",
                    ownValidation ? report.validationRevision : null, ownValidation ? report.errorCount : null,
                    ownValidation ? report.warningCount : null, ownValidation ? report.infoCount : null,
                    ownValidation ? JsonCodec.write(currentIssues(report.reportId)) : null));
        }
        ParsedReport pr = c.report();
        if (pr.tables == null) {
            pr.tables = new Tables();
        }
        String json = JsonCodec.write(pr);
        // the validation of this version may have overtaken the correction (replay): then it is the report's
        boolean alreadyValidated = report.isValidated() && validatedVersion(report) >= c.version();
        versions.insert(new ReportVersionRow(report.reportId, c.version(), c.basedOnVersion(), event.eventId(), json, c.author(),
                c.reason(), c.correctedAt() != null ? c.correctedAt() : Instant.now(), JsonCodec.write(c.changes() == null ? List.of() : c.changes()),
                alreadyValidated ? report.validationRevision : null, alreadyValidated ? report.errorCount : null,
                alreadyValidated ? report.warningCount : null, alreadyValidated ? report.infoCount : null,
                alreadyValidated ? JsonCodec.write(currentIssues(report.reportId)) : null));

        report.parsedReport = json;
        report.activeDisclosureStatus = name(pr.tables.activeDisclosure == null ? null : pr.tables.activeDisclosure.status);
        report.applicationsStatus = name(pr.tables.applications == null ? null : pr.tables.applications.status);
        report.reviewLitigationStatus = name(pr.tables.reviewLitigation == null ? null : pr.tables.reviewLitigation.status);
        if (report.organization == null) {
            report.organization = pr.organization;
            report.normalizedOrganization = OrganizationNormalizer.normalize(pr.organization);
        }
        report.title = report.title != null ? report.title : pr.title;
        report.year = report.year != null ? report.year : pr.year;
        report.template = pr.template;
        if (report.parsedAt == null) {
            report.parsedAt = event.occurredAt() != null ? event.occurredAt() : Instant.now();
        }
        // the status goes back: this version waits for its own validation (the issues shown stay the last ones known)
        report.status = alreadyValidated ? ProcessingStatus.VALIDATED : ProcessingStatus.PARSED;
        report.updatedAt = Instant.now();
        cells.replace(report.reportId, TableCells.of(pr));
        return true;
    }

    public List<ReportVersionRow> list(ReportRecord report) {
        List<ReportVersionRow> rows = versions.list(report.reportId);
        return rows.isEmpty() && report.parsedReport != null ? List.of(original(report)) : rows;
    }

    public Optional<ReportVersionRow> find(ReportRecord report, int version) {
        if (version == 1 && report.parsedReport != null && !corrected(report.reportId)) {
            return Optional.of(original(report));
        }
        return versions.find(report.reportId, version);
    }

    /** The version a report's kept validation (report_issue, the counts) belongs to; 0 when none arrived. */
    public int validatedVersion(ReportRecord report) {
        if (report.validationSeq == null) {
            return report.isValidated() ? 1 : 0;
        }
        ValidationEventRecord event = ValidationEventRecord.findById(report.validationSeq);
        if (event == null || event.payload == null) {
            return 1;
        }
        try {
            JsonNode node = JsonCodec.mapper().readTree(event.payload);
            JsonNode version = node.has("payload") ? node.path("payload").path("version") : node.path("version");
            return version.canConvertToInt() ? version.asInt() : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Version 1 of a report never corrected: the report row itself. */
    private ReportVersionRow original(ReportRecord report) {
        boolean validated = report.isValidated();
        return new ReportVersionRow(report.reportId, 1, null, null, report.parsedReport, null, null,
                report.parsedAt != null ? report.parsedAt : report.receivedAt, "[]", report.validationRevision,
                validated ? report.errorCount : null, validated ? report.warningCount : null, validated ? report.infoCount : null,
                validated ? JsonCodec.write(currentIssues(report.reportId)) : null);
    }

    private static List<Issue> currentIssues(String reportId) {
        return IssueRecord.<IssueRecord>list("reportId", Sort.by("id"), reportId).stream()
                .map(i -> new Issue(i.code, Severity.valueOf(i.severity), i.path, i.expected, i.actual, i.message)).toList();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
