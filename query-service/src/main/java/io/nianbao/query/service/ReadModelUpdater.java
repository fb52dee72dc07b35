package io.nianbao.query.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.Tables;
import io.nianbao.query.repository.CellRepository;
import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.ProcessingStatus;
import io.nianbao.query.repository.ReportSourceRepository;
import io.nianbao.query.repository.ReportRecord;
import io.nianbao.query.repository.ValidationEventRecord;

/**
 * Applies the three kinds of event to the read model. Every method is idempotent and order-independent:
 * the report row is created by whichever event comes first and locked, fields are only filled or
 * replaced by newer facts, and the status only moves forward (VALIDATED once parsed and validated are both stored).
 */
@ApplicationScoped
public class ReadModelUpdater {
    private static final Logger LOG = Logger.getLogger(ReadModelUpdater.class);

    @Inject
    EntityManager em;

    @Inject
    CellRepository cells;

    @Inject
    ReportVersions versions;

    @Inject
    ReportRowLocks rowLocks;

    @Inject
    ReportSourceRepository sources;

    @Transactional
    public void onRaw(EventEnvelope<RawReportReceived> event) {
        ReportRecord report = lockOrCreate(event.reportId());
        RawReportReceived raw = event.payload();
        applySource(report, raw == null ? null : raw.source());
        if (report.receivedAt == null) {
            report.receivedAt = receivedAt(raw == null ? null : raw.source(), event);
        }
        touch(report);
    }

    @Transactional
    public void onParsed(EventEnvelope<ReportParsed> event) {
        ReportRecord report = lockOrCreate(event.reportId());
        ReportParsed parsed = event.payload();
        applySource(report, parsed.source());
        if (report.receivedAt == null) {
            report.receivedAt = receivedAt(parsed.source(), event);
        }
        ParsedReport pr = parsed.report() == null ? new ParsedReport() : parsed.report();
        if (pr.tables == null) {
            pr.tables = new Tables(); // a report without tables is still a report (all MISSING), not a poison message
        }
        String json = JsonCodec.write(pr);
        if (!json.equals(report.parsedReport) && versions.corrected(report.reportId)) {
            // a user's correction stands: the same bytes parsed again never replace it (kept as version 1 if missing)
            versions.parsedWhileCorrected(report, json, event.occurredAt());
        } else if (!json.equals(report.parsedReport)) {
            report.parsedReport = json;
            report.title = pr.title;
            report.organization = pr.organization != null ? pr.organization : hint(parsed.source());
            report.normalizedOrganization = OrganizationNormalizer.normalize(report.organization);
            report.year = pr.year != null ? pr.year : (parsed.source() == null ? null : parsed.source().yearHint());
            report.template = pr.template;
            report.activeDisclosureStatus = status(pr.tables.activeDisclosure == null ? null : pr.tables.activeDisclosure.status);
            report.applicationsStatus = status(pr.tables.applications == null ? null : pr.tables.applications.status);
            report.reviewLitigationStatus = status(pr.tables.reviewLitigation == null ? null : pr.tables.reviewLitigation.status);
            report.parseMicros = parsed.parseMicros();
            cells.replace(report.reportId, TableCells.of(pr));
        }
        if (parsed.text() != null) {
            sources.store(report.reportId, parsed.text()); // what the evidence offsets point into
        }
        if (report.parsedAt == null) {
            report.parsedAt = event.occurredAt() != null ? event.occurredAt() : Instant.now();
        }
        advance(report);
        touch(report);
    }

    /** @return the stored validation event, or null when this validation is not newer than the one kept */
    @Transactional
    public ValidationEventRecord onValidated(EventEnvelope<ReportValidated> event) {
        ReportRecord report = lockOrCreate(event.reportId());
        ReportValidated v = event.payload();
        if (!versions.acceptValidation(report.reportId, v)) {
            return null; // it validated an older version than the current one: kept with that version only
        }
        if (report.validationRevision != null && v.revision() <= report.validationRevision) {
            LOG.debugf("report %s: validation revision %d ignored (have %d)", report.reportId, v.revision(),
                    report.validationRevision);
            return null;
        }
        List<Issue> issues = v.issues() == null ? List.of() : v.issues();
        IssueRecord.delete("reportId", report.reportId);
        for (Issue issue : issues) {
            IssueRecord r = new IssueRecord();
            r.reportId = report.reportId;
            r.code = issue.code();
            r.severity = issue.severity() == null ? Severity.INFO.name() : issue.severity().name();
            r.path = issue.path();
            r.expected = TableCells.decimal(issue.expected());
            r.actual = TableCells.decimal(issue.actual());
            r.message = issue.message();
            r.persist();
        }
        report.validationRevision = v.revision();
        report.validationReason = v.reason();
        report.errorCount = (int) v.count(Severity.ERROR);
        report.warningCount = (int) v.count(Severity.WARNING);
        report.infoCount = (int) v.count(Severity.INFO);
        if (report.organization == null) {
            // the parsed event is not here yet: the validation names the body, so filters work already
            report.organization = v.organization();
            report.normalizedOrganization = OrganizationNormalizer.normalize(v.organization());
            report.year = v.year();
            report.template = v.template();
        }
        report.validatedAt = event.occurredAt() != null ? event.occurredAt() : Instant.now();

        ValidationEventRecord stored = new ValidationEventRecord();
        stored.eventId = event.eventId();
        stored.reportId = report.reportId;
        stored.organization = v.organization() != null ? v.organization() : report.organization;
        stored.normalizedOrganization = OrganizationNormalizer.normalize(stored.organization);
        stored.year = v.year() != null ? v.year() : report.year;
        stored.template = v.template();
        stored.revision = v.revision();
        stored.reason = v.reason();
        stored.errorCount = report.errorCount;
        stored.warningCount = report.warningCount;
        stored.infoCount = report.infoCount;
        stored.codes = "," + String.join(",", issues.stream().map(Issue::code).distinct().toList()) + ",";
        stored.payload = JsonCodec.write(event);
        stored.occurredAt = report.validatedAt;
        stored.persist();
        report.validationSeq = stored.seq;

        advance(report);
        touch(report);
        return stored;
    }

    private ReportRecord lockOrCreate(String reportId) {
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("event without reportId");
        }
        ReportRecord lockedByBatch = rowLocks.lockedInThisTransaction(reportId);
        if (lockedByBatch != null) {
            return lockedByBatch; // the batch consumer created and locked it with the rest of its batch
        }
        // concurrent consumers of the three topics may see the same new report: let the database decide who creates it
        em.createNativeQuery("INSERT INTO query.report (report_id, status, updated_at) VALUES (?1, ?2, now())"
                        + " ON CONFLICT (report_id) DO NOTHING")
                .setParameter(1, reportId)
                .setParameter(2, ProcessingStatus.RECEIVED.name())
                .executeUpdate();
        return em.find(ReportRecord.class, reportId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void advance(ReportRecord report) {
        ProcessingStatus reached = ProcessingStatus.RECEIVED;
        if (report.isParsed()) {
            reached = report.isValidated() ? ProcessingStatus.VALIDATED : ProcessingStatus.PARSED;
        }
        report.status = (report.status == null ? ProcessingStatus.RECEIVED : report.status).atLeast(reached);
    }

    private static void applySource(ReportRecord report, ReportSource source) {
        if (source == null) {
            return;
        }
        report.fileName = firstNonNull(report.fileName, source.fileName());
        report.contentType = firstNonNull(report.contentType, source.contentType());
        if (report.sizeBytes == null && source.size() > 0) {
            report.sizeBytes = source.size();
        }
        report.sha256 = firstNonNull(report.sha256, source.sha256());
        report.sourceUrl = firstNonNull(report.sourceUrl, source.sourceUrl());
        report.batchId = firstNonNull(report.batchId, source.batchId());
        if (report.organization == null && source.organizationHint() != null) {
            report.organization = source.organizationHint();
            report.normalizedOrganization = OrganizationNormalizer.normalize(source.organizationHint());
        }
        if (report.year == null) {
            report.year = source.yearHint();
        }
    }

    private static Instant receivedAt(ReportSource source, EventEnvelope<?> event) {
        if (source != null && source.receivedAt() != null) {
            return source.receivedAt();
        }
        return event.occurredAt() != null ? event.occurredAt() : Instant.now();
    }

    private static String hint(ReportSource source) {
        return source == null ? null : source.organizationHint();
    }

    private static String status(Enum<?> status) {
        return status == null ? null : status.name();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static void touch(ReportRecord report) {
        report.updatedAt = Instant.now();
    }
}
