package io.nianbao.query.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.query.service.ExportLayout;
import io.nianbao.query.service.ExportWriter;
import io.nianbao.query.service.ReportFilter;

@Path("/api/export")
@Tag(name = "export", description = "导出 Export of the tables as rows")
public class ExportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DataSource dataSource;

    @GET
    @Operation(summary = "Export tables as CSV or XLSX, one row per report × table row, Chinese headers",
            description = "Streams: reports are read from the database with a cursor and written one by one.")
    public Response export(
            @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format,
            @Parameter(description = "activeDisclosure, applications or reviewLitigation; all tables when absent") @QueryParam("table") String table,
            @QueryParam("organization") String organization, @QueryParam("year") String year,
            @QueryParam("template") String template, @QueryParam("severity") String severity,
            @QueryParam("code") String code, @QueryParam("status") String status) {
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw ProblemException.badRequest("format must be csv or xlsx: " + format);
        }
        String t = Params.text(table);
        if (t != null && !ExportLayout.TABLES.contains(t)) {
            throw ProblemException.badRequest("table must be one of " + ExportLayout.TABLES + ": " + table);
        }
        ReportFilter filter = new ReportFilter(Params.text(organization), Params.year(year), Params.template(template),
                Params.severity(severity), Params.code(code), Params.status(status));
        ExportLayout layout = new ExportLayout(t);
        StreamingOutput body = out -> {
            try (ExportWriter writer = ExportWriter.of(f, out)) {
                writer.header(layout.headers());
                writeRows(filter, layout, writer);
            }
        };
        return Response.ok(body)
                .type(f.equals("xlsx") ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"nianbao-export." + f + "\"")
                .build();
    }

    private void writeRows(ReportFilter filter, ExportLayout layout, ExportWriter writer) throws java.io.IOException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT r.report_id, r.organization, r.year, r.template, CAST(r.parsed_report AS TEXT) FROM query.report r WHERE "
                + filter.sql(params) + " AND r.parsed_report IS NOT NULL ORDER BY r.organization, r.year, r.report_id";
        try (Connection connection = dataSource.getConnection()) {
            // a cursor (autocommit off + fetch size) keeps only a batch of reports in memory at a time
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(100);
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Integer year = (Integer) rs.getObject(3);
                        for (Object[] row : layout.rows(rs.getString(1), rs.getString(2), year, rs.getString(4),
                                JsonCodec.readReport(rs.getString(5)))) {
                            writer.row(row);
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (java.sql.SQLException e) {
            throw new java.io.IOException("export query failed", e);
        }
    }
}
