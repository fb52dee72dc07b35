package io.nianbao.query.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.ReportRecord;
import io.nianbao.query.service.IssueReviews;
import io.nianbao.query.service.ReportDetails;
import io.nianbao.query.service.ReportFilter;
import io.quarkus.panache.common.Sort;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "报告 Reports of the read model")
public class ReportResource {

    @Inject
    ReportDetails details;

    @Inject
    IssueReviews reviews;

    @GET
    @Operation(summary = "List and search reports (paged)",
            description = "Filters combine with AND. severity=ERROR keeps reports with at least one ERROR issue; "
                    + "code keeps reports whose latest validation raised that rule code.")
    public Page<ReportSummary> list(
            @Parameter(description = "substring of the body's name (机关名称)") @QueryParam("organization") String organization,
            @Parameter(description = "statistical year, e.g. 2020") @QueryParam("year") String year,
            @Parameter(description = "template: 2019 or 2021") @QueryParam("template") String template,
            @Parameter(description = "ERROR, WARNING or INFO: reports having at least one issue of it") @QueryParam("severity") String severity,
            @Parameter(description = "rule code of rules.md, e.g. N_MISMATCH") @QueryParam("code") String code,
            @Parameter(description = "RECEIVED, PARSED or VALIDATED") @QueryParam("status") String status,
            @Parameter(description = "page number from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1–500 (default 20)") @QueryParam("size") String size) {
        ReportFilter filter = new ReportFilter(Params.text(organization), Params.year(year), Params.template(template),
                Params.severity(severity), Params.code(code), Params.status(status));
        int p = Params.page(page);
        int s = Params.size(size);
        Map<String, Object> params = new HashMap<>();
        String where = filter.hql(params);
        var query = ReportRecord.<ReportRecord>find(where,
                Sort.by("organization").and("year", Sort.Direction.Descending).and("reportId"), params);
        List<ReportSummary> items = query.page(p, s).list().stream().map(ReportSummary::of).toList();
        return new Page<>(items, query.count(), p, s);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report: metadata, source, processing status with timestamps, tables, narrative figures and issues")
    public ObjectNode get(@Parameter(description = "reportId (16 hex digits)") @PathParam("id") String id) {
        return details.of(find(id));
    }

    @GET
    @Path("/{id}/issues")
    @Operation(summary = "The issues of the latest validation of one report")
    public List<IssueView> issues(@PathParam("id") String id) {
        ReportRecord report = find(id);
        var reviewed = reviews.of(report.reportId);
        return IssueRecord.<IssueRecord>list("reportId", Sort.by("id"), report.reportId).stream()
                .map(i -> IssueView.of(i, report, reviewed.get(IssueReviews.key(i.code, i.path)))).toList();
    }

    static ReportRecord find(String id) {
        ReportRecord report = id == null ? null : ReportRecord.findById(id);
        if (report == null) {
            throw ProblemException.notFound("没有这份报告 no report with id " + id);
        }
        return report;
    }
}
