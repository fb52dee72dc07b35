package io.nianbao.validate.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.ReportCorrected;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.OrganizationNames;
import io.nianbao.rules.ReportValidator;
import io.nianbao.rules.ValidationContext;
import io.nianbao.validate.repository.ProcessedEventRepository;
import io.nianbao.validate.repository.ReportState;
import io.nianbao.validate.repository.ReportStateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Stores a parsed report per normalised body and year, validates it against the same body's previous
 * year, and re-validates the next year when it is already there — so the cross-year findings do not
 * depend on the order in which the years arrive. One transaction per event, under the body's row lock.
 */
@ApplicationScoped
public class ValidationService {
    private static final Logger LOG = Logger.getLogger(ValidationService.class);

    @Inject
    ReportStateRepository reports;
    @Inject
    ProcessedEventRepository processedEvents;
    @Inject
    EntityManager em;

    private final ReportValidator validator = new ReportValidator();

    /** Handles one ReportParsed event; returns the validations to publish after commit (empty for a redelivery). */
    @Transactional
    public List<OutgoingValidation> process(EventEnvelope<ReportParsed> event) {
        if (!processedEvents.markProcessed(event.eventId(), event.reportId())) {
            // a redelivery: nothing changes, but the latest validation is published again (same revision),
            // in case the first delivery committed and then failed before it was published
            LOG.debugf("event %s already handled", event.eventId());
            return stored(reports.findById(event.reportId()));
        }
        ParsedReport report = event.payload().report();
        ReportSource source = event.payload().source();
        String organization = report.organization != null ? report.organization : source == null ? null : source.organizationHint();
        String body = OrganizationNames.normalize(organization);
        Integer year = report.year != null ? report.year : source == null ? null : source.yearHint();
        if (body != null) {
            reports.lockOrganization(body);
        }

        String reportId = event.reportId();
        String json = JsonCodec.write(report);
        ReportState state = reports.findById(reportId);
        if (state != null && state.version > 1) {
            // a user's correction stands: the parser's reading (redelivered, or the same bytes parsed again) never replaces it
            LOG.infof("report %s: parsed event %s ignored, version %d (corrected) stands", reportId, event.eventId(), state.version);
            return stored(state);
        }
        if (state != null && (!state.currentReport || json.equals(state.reportJson))) {
            // replaced by a newer report of its body and year, or the same content again: nothing changes
            return stored(state);
        }
        boolean supersedes = supersedeHolder(reportId, body, year);
        String reason = supersedes ? ValidationReasons.SUPERSEDES : state == null ? ValidationReasons.PARSED : ValidationReasons.REPARSED;
        if (state == null) {
            state = new ReportState();
            state.reportId = reportId;
            state.receivedAt = Instant.now();
            state.currentReport = true;
        }
        state.organization = organization;
        state.normalizedOrganization = body;
        state.year = year;
        state.template = report.template;
        state.reportJson = json;
        state.supersedesEarlier = state.supersedesEarlier || supersedes;
        reports.persist(state);
        em.flush();

        List<OutgoingValidation> out = new ArrayList<>();
        out.add(validate(state, reason));
        if (state.placed()) {
            reports.findCurrent(body, year + 1).ifPresent(next -> out.add(validate(next, ValidationReasons.PREVIOUS_YEAR_ARRIVED)));
        }
        return out;
    }

    /**
     * Handles one ReportCorrected event: the corrected version replaces the report's figures (it stays, or becomes,
     * its body's current report of the year), is validated with the same cross-year context, and the next year is
     * validated again since its carried-over figures are checked against this one. An older or the same version
     * changes nothing (redelivery, or a correction overtaken by a later one).
     */
    @Transactional
    public List<OutgoingValidation> processCorrection(EventEnvelope<ReportCorrected> event) {
        if (!processedEvents.markProcessed(event.eventId(), event.reportId())) {
            return stored(reports.findById(event.reportId()));
        }
        ReportCorrected correction = event.payload();
        ParsedReport report = correction.report();
        ReportSource source = correction.source();
        String reportId = event.reportId();
        ReportState state = reports.findById(reportId);
        String organization = state != null ? state.organization
                : report.organization != null ? report.organization : source == null ? null : source.organizationHint();
        String body = OrganizationNames.normalize(organization);
        Integer year = state != null ? state.year : report.year != null ? report.year : source == null ? null : source.yearHint();
        if (body != null) {
            reports.lockOrganization(body);
            state = reports.findById(reportId); // again, under the body's lock
        }
        if (state != null && state.version >= correction.version()) {
            LOG.debugf("report %s: correction to version %d ignored (have %d)", reportId, correction.version(), state.version);
            return stored(state);
        }
        if (state == null) {
            // the correction overtook the parsed event: it becomes the report (the parsed event will not replace it)
            boolean supersedes = supersedeHolder(reportId, body, year);
            state = new ReportState();
            state.reportId = reportId;
            state.receivedAt = Instant.now();
            state.currentReport = true;
            state.organization = organization;
            state.normalizedOrganization = body;
            state.year = year;
            state.supersedesEarlier = supersedes;
        }
        state.template = report.template;
        state.reportJson = JsonCodec.write(report);
        state.version = correction.version();
        reports.persist(state);
        em.flush();

        List<OutgoingValidation> out = new ArrayList<>();
        out.add(validate(state, ValidationReasons.CORRECTED));
        if (state.placed() && state.currentReport) {
            reports.findCurrent(body, year + 1).ifPresent(next -> out.add(validate(next, ValidationReasons.PREVIOUS_YEAR_CORRECTED)));
        }
        return out;
    }

    /** Makes way for {@code reportId} as the current report of its body and year; true when it replaces another report. */
    private boolean supersedeHolder(String reportId, String body, Integer year) {
        if (body == null || year == null) {
            return false;
        }
        Optional<ReportState> holder = reports.findCurrent(body, year);
        if (holder.isPresent() && !holder.get().reportId.equals(reportId)) {
            holder.get().currentReport = false;
            holder.get().supersededBy = reportId;
            em.flush(); // before the new current row is inserted: the unique index allows one current per body and year
            return true;
        }
        return false;
    }

    private static List<OutgoingValidation> stored(ReportState state) {
        if (state == null || state.issuesJson == null) {
            return List.of();
        }
        List<Issue> issues = JsonCodec.read(state.issuesJson, new TypeReference<List<Issue>>() {});
        return List.of(new OutgoingValidation(state.reportId, new ReportValidated(state.organization, state.normalizedOrganization,
                state.year, state.template, state.revision, state.reason, issues, state.version)));
    }

    private OutgoingValidation validate(ReportState state, String reason) {
        ParsedReport report = JsonCodec.readReport(state.reportJson);
        ParsedReport previous = state.placed()
                ? reports.findCurrent(state.normalizedOrganization, state.year - 1).map(p -> JsonCodec.readReport(p.reportJson)).orElse(null)
                : null;
        List<Issue> issues = validator.validate(report, new ValidationContext(previous, state.supersedesEarlier));
        state.revision++;
        state.issuesJson = JsonCodec.write(issues);
        state.validatedAt = Instant.now();
        state.reason = reason;
        return new OutgoingValidation(state.reportId, new ReportValidated(state.organization, state.normalizedOrganization,
                state.year, state.template, state.revision, reason, issues, state.version));
    }
}
