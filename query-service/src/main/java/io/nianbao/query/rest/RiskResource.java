package io.nianbao.query.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.service.ReportFilter;
import io.nianbao.query.service.RiskList;
import io.nianbao.query.service.RiskXlsxWriter;

@Path("/api/risk.xlsx")
@Tag(name = "supervision", description = "监督 Reports for supervisors")
public class RiskResource {

    @Inject
    RiskList risks;

    @GET
    @Operation(summary = "Risk list of the bodies of the reports matching the filters of /api/reports, as XLSX",
            description = "Bodies ranked by ERROR issues not dismissed (open or confirmed), then WARNINGs; sheet 风险排名 one row "
                    + "per body, sheet 报告明细 one row per report.")
    public Response risk(@QueryParam("organization") String organization, @QueryParam("year") String year,
            @QueryParam("template") String template, @QueryParam("severity") String severity, @QueryParam("code") String code,
            @QueryParam("status") String status) {
        ReportFilter filter = new ReportFilter(Params.text(organization), Params.year(year), Params.template(template),
                Params.severity(severity), Params.code(code), Params.status(status));
        List<String> note = new ArrayList<>();
        if (filter.organization() != null) {
            note.add("机关含“" + filter.organization() + "”");
        }
        if (filter.year() != null) {
            note.add("年度 " + filter.year());
        }
        if (filter.template() != null) {
            note.add("模板 " + filter.template());
        }
        if (filter.severity() != null) {
            note.add("含 " + filter.severity());
        }
        if (filter.code() != null) {
            note.add("规则 " + filter.code());
        }
        if (filter.status() != null) {
            note.add("状态 " + filter.status());
        }
        var bodies = risks.bodies(filter);
        StreamingOutput body = out -> RiskXlsxWriter.write(bodies, note.isEmpty() ? "全部报告" : String.join("，", note), out);
        return Response.ok(body).type(ExportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"nianbao-risk.xlsx\"").build();
    }
}
