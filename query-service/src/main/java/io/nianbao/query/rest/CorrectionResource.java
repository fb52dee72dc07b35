package io.nianbao.query.rest;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.CellChange;
import io.nianbao.contracts.model.CellPaths;
import io.nianbao.query.repository.ReportRecord;
import io.nianbao.query.repository.ReportVersionRow;
import io.nianbao.query.service.CorrectionService;
import io.nianbao.query.service.ReportVersions;

/**
 * Corrections with history: a user with a write token corrects cells, which makes a new immutable version
 * (published on reports.corrected and validated again); every version stays readable, with who, when, why and
 * a diff between any two.
 */
@Path("/api/reports")
@Tag(name = "corrections", description = "更正 Corrections of cells, with the versions of a report")
public class CorrectionResource {
    private static final int MAX_CELLS = 500;
    private static final int MAX_TEXT = 2000;

    public record CorrectionAccepted(String reportId, int version, int basedOnVersion, String eventId, List<CellChange> changes) {}

    @Inject
    WriteAccess access;
    @Inject
    CorrectionService corrections;
    @Inject
    ReportVersions versions;

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct cells of a report: a new version, validated again (requires Authorization: Bearer <token>)",
            description = "Body: {\"reason\": \"…\", \"author\": \"…\", \"basedOnVersion\": 1, \"cells\": {\"applications.newReceived[0]\": 12,"
                    + " \"activeDisclosure.licensing.decisions\": 3}} — a figure or null (blank) per cell path. 202 with the new version;"
                    + " 400 for an unknown path, a figure a cell cannot hold or a missing reason; 404 unknown report;"
                    + " 409 when basedOnVersion is not the current version; 503 when the broker cannot take it.")
    public Response correct(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonNode body) {
        access.require(authorization);
        CorrectionService.Request request = request(body);
        try {
            CorrectionService.Accepted a = corrections.correct(id, request);
            return Response.accepted(new CorrectionAccepted(a.reportId(), a.version(), a.basedOnVersion(), a.eventId(), a.changes()))
                    .header(HttpHeaders.LOCATION, "/api/reports/" + id + "/versions/" + a.version()).build();
        } catch (CorrectionService.Refused e) {
            throw new ProblemException(e.status(), Response.Status.fromStatusCode(e.status()).getReasonPhrase(), e.getMessage());
        }
    }

    @GET
    @Path("/{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The versions of a report: who, when, why, how many cells changed, issue counts of its latest validation")
    public List<ObjectNode> list(@PathParam("id") String id) {
        ReportRecord report = ReportResource.find(id);
        int current = versions.current(report.reportId);
        return versions.list(report).stream().map(v -> summary(v, current)).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "One version of a report: its ParsedReport, its changes and the issues of its latest validation (null if none arrived)")
    public ObjectNode version(@PathParam("id") String id, @PathParam("version") String version) {
        ReportRecord report = ReportResource.find(id);
        ReportVersionRow row = row(report, version, "version");
        ObjectNode out = summary(row, versions.current(report.reportId));
        out.set("changes", read(row.changes()));
        out.set("issues", row.issues() == null ? null : read(row.issues()));
        out.set("report", read(row.parsedReport()));
        return out;
    }

    @GET
    @Path("/{id}/diff")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The cells that differ between two versions (path, before, after)")
    public ObjectNode diff(@PathParam("id") String id,
            @Parameter(description = "version to compare from (default: the one before `to`)") @QueryParam("from") String from,
            @Parameter(description = "version to compare to (default: the current one)") @QueryParam("to") String to) {
        ReportRecord report = ReportResource.find(id);
        int current = versions.current(report.reportId);
        ReportVersionRow target = row(report, to == null || to.isBlank() ? String.valueOf(current) : to, "to");
        ReportVersionRow origin = row(report, from == null || from.isBlank() ? String.valueOf(Math.max(1, target.version() - 1)) : from, "from");
        List<CellChange> changes = CellPaths.diff(JsonCodec.readReport(origin.parsedReport()), JsonCodec.readReport(target.parsedReport()));
        ObjectNode out = JsonCodec.mapper().createObjectNode();
        out.put("reportId", report.reportId);
        out.put("from", origin.version());
        out.put("to", target.version());
        out.set("changes", JsonCodec.mapper().valueToTree(changes));
        return out;
    }

    private ReportVersionRow row(ReportRecord report, String version, String name) {
        int n;
        try {
            n = Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("参数" + name + "应为版本号（正整数），收到“" + version + "”");
        }
        return versions.find(report, n)
                .orElseThrow(() -> ProblemException.notFound("报告" + report.reportId + "没有版本" + n + " no version " + n));
    }

    private static ObjectNode summary(ReportVersionRow v, int current) {
        ObjectNode out = JsonCodec.mapper().createObjectNode();
        out.put("version", v.version());
        out.putPOJO("basedOnVersion", v.basedOnVersion());
        out.put("current", v.version() == current);
        out.put("author", v.author());
        out.put("reason", v.reason());
        out.put("createdAt", v.createdAt() == null ? null : v.createdAt().toString());
        out.put("changeCount", read(v.changes()).size());
        if (v.validationRevision() == null) {
            out.putNull("issueCounts");
        } else {
            ObjectNode counts = out.putObject("issueCounts");
            counts.putPOJO("ERROR", v.errorCount());
            counts.putPOJO("WARNING", v.warningCount());
            counts.putPOJO("INFO", v.infoCount());
        }
        out.putPOJO("validationRevision", v.validationRevision());
        return out;
    }

    /** Checks the request's shape; the paths and figures are checked against the report by the service. */
    private static CorrectionService.Request request(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("请求体应为JSON对象 {\"reason\", \"author\", \"cells\": {路径: 数字}}");
        }
        String reason = text(body, "reason");
        if (reason == null) {
            throw ProblemException.badRequest("请填写更正理由（reason） a reason is required");
        }
        String author = text(body, "author");
        Integer basedOn = null;
        JsonNode based = body.get("basedOnVersion");
        if (based != null && !based.isNull()) {
            if (!based.canConvertToInt() || !based.isIntegralNumber() || based.asInt() < 1) {
                throw ProblemException.badRequest("basedOnVersion应为版本号（正整数）");
            }
            basedOn = based.asInt();
        }
        JsonNode cells = body.get("cells");
        if (cells == null || !cells.isObject() || cells.isEmpty()) {
            throw ProblemException.badRequest("请给出要更正的单元格 cells: {\"applications.newReceived[0]\": 12, …}");
        }
        if (cells.size() > MAX_CELLS) {
            throw ProblemException.badRequest("一次最多更正" + MAX_CELLS + "个单元格");
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> cell = it.next();
            JsonNode value = cell.getValue();
            if (value.isNull()) {
                figures.put(cell.getKey(), null);
            } else if (value.isNumber()) {
                figures.put(cell.getKey(), value.numberValue());
            } else {
                throw ProblemException.badRequest("单元格" + cell.getKey() + "的值应为数字或null（空白），收到" + value);
            }
        }
        return new CorrectionService.Request(author, reason, basedOn, figures);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ProblemException.badRequest(field + "应为文字");
        }
        String text = node.asText().strip();
        if (text.length() > MAX_TEXT) {
            throw ProblemException.badRequest(field + "过长（最多" + MAX_TEXT + "字）");
        }
        return text.isEmpty() ? null : text;
    }

    private static JsonNode read(String json) {
        if (json == null) {
            return JsonCodec.mapper().createArrayNode();
        }
        return JsonCodec.read(json, new TypeReference<JsonNode>() {});
    }
}
