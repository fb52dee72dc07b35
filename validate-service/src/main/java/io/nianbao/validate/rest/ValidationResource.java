package io.nianbao.validate.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.type.TypeReference;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.validate.repository.ReportState;
import io.nianbao.validate.repository.ReportStateRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The latest validation this service holds for a report (what it last published on reports.validated). */
@Path("/api/validations")
@Produces(MediaType.APPLICATION_JSON)
public class ValidationResource {

    public record ValidationView(String reportId, String organization, String normalizedOrganization, Integer year,
            String template, int version, long revision, String reason, boolean current, String supersededBy, Instant validatedAt,
            List<Issue> issues) {}

    @Inject
    ReportStateRepository reports;

    @GET
    @Path("/{reportId}")
    @Operation(summary = "Latest validation of one report")
    public ValidationView get(@PathParam("reportId") String reportId) {
        ReportState s = reports.findByIdOptional(reportId)
                .orElseThrow(() -> new NotFoundException("no report " + reportId + " has been validated"));
        List<Issue> issues = s.issuesJson == null ? List.of() : JsonCodec.read(s.issuesJson, new TypeReference<List<Issue>>() {});
        return new ValidationView(s.reportId, s.organization, s.normalizedOrganization, s.year, s.template, s.version, s.revision, s.reason,
                s.currentReport, s.supersededBy, s.validatedAt, issues);
    }
}
