package io.nianbao.validate.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
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
        if (state != null && (!state.currentReport || json.equals(state.reportJson))) {
            // replaced by a newer report of its body and year, or the same content again: nothing changes
            return stored(state);
        }
        boolean supersedes = false;
        if (body != null && year != null) {
            Optional<ReportState> holder = reports.findCurrent(body, year);
            if (holder.isPresent() && !holder.get().reportId.equals(reportId)) {
                holder.get().currentReport = false;
                holder.get().supersededBy = reportId;
                supersedes = true;
                em.flush(); // before the new current row is inserted: the unique index allows one current per body and year
            }
        }
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

    private static List<OutgoingValidation> stored(ReportState state) {
        if (state == null || state.issuesJson == null) {
            return List.of();
        }
        List<Issue> issues = JsonCodec.read(state.issuesJson, new TypeReference<List<Issue>>() {});
        return List.of(new OutgoingValidation(state.reportId, new ReportValidated(state.organization, state.normalizedOrganization,
                state.year, state.template, state.revision, state.reason, issues)));
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
                state.year, state.template, state.revision, reason, issues));
    }
}
