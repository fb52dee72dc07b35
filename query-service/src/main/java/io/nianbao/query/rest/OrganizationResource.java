package io.nianbao.query.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.repository.CellRepository;
import io.nianbao.query.service.Benchmarks;
import io.nianbao.query.service.Metric;
import io.nianbao.query.service.OrganizationNormalizer;
import io.nianbao.query.service.OrganizationProfile;
import io.nianbao.query.service.ProfileHtmlWriter;
import io.nianbao.query.service.ProfileXlsxWriter;

@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organizations", description = "机关 Bodies and their figures over the years")
public class OrganizationResource {

    public record Organization(String name, String displayName, long reports, List<Integer> years, long errors,
            long warnings) {}

    public record Point(Integer year, BigDecimal value, String reportId, String organization) {}

    public record Series(String organization, String metric, List<Point> points) {}

    @Inject
    EntityManager em;

    @Inject
    CellRepository cells;

    @Inject
    Benchmarks benchmarks;

    @Inject
    OrganizationProfile profiles;

    @GET
    @Operation(summary = "Bodies with reports (paged), keyed by the normalised name used by series")
    @SuppressWarnings("unchecked")
    public Page<Organization> list(@Parameter(description = "substring of the name") @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = Params.page(page);
        int n = Params.size(size);
        String key = OrganizationNormalizer.normalize(Params.text(q));
        String where = " FROM query.report WHERE normalized_organization IS NOT NULL"
                + (key == null ? "" : " AND normalized_organization LIKE ?1");
        var select = em.createNativeQuery("SELECT normalized_organization, MAX(organization), COUNT(*),"
                + " STRING_AGG(DISTINCT CAST(year AS TEXT), ','), SUM(error_count), SUM(warning_count)" + where
                + " GROUP BY normalized_organization ORDER BY normalized_organization OFFSET " + (p * n) + " LIMIT " + n);
        var count = em.createNativeQuery("SELECT COUNT(DISTINCT normalized_organization)" + where);
        if (key != null) {
            select.setParameter(1, "%" + key + "%");
            count.setParameter(1, "%" + key + "%");
        }
        List<Organization> items = new ArrayList<>();
        for (Object[] row : (List<Object[]>) select.getResultList()) {
            List<Integer> years = row[3] == null ? List.of()
                    : Arrays.stream(row[3].toString().split(",")).map(Integer::valueOf).sorted().toList();
            items.add(new Organization((String) row[0], (String) row[1], ((Number) row[2]).longValue(), years,
                    ((Number) row[4]).longValue(), ((Number) row[5]).longValue()));
        }
        return new Page<>(items, ((Number) count.getSingleResult()).longValue(), p, n);
    }

    @GET
    @Path("/{name}/series")
    @Operation(summary = "One body's figure over the years",
            description = "metric is a narrative path of parsed-report.md, e.g. applications.newReceived.total, "
                    + "applications.denied.total, applications.newReceived.legalPersons, reviewLitigation.litigation.total, "
                    + "activeDisclosure.decisions.total. Computed from the table cells; one point per report.")
    public Series series(@Parameter(description = "the body's name (normalised before matching)") @PathParam("name") String name,
            @Parameter(description = "metric path", example = "applications.newReceived.total") @QueryParam("metric") String metricName) {
        Metric metric = MetricParam.require(metricName);
        String key = knownBody(name);
        List<Point> points = new ArrayList<>();
        for (Object[] row : cells.series(key, metric)) {
            BigDecimal value = ((Number) row[4]).longValue() == 0 ? null : new BigDecimal(row[3].toString());
            points.add(new Point(row[0] == null ? null : ((Number) row[0]).intValue(), value, (String) row[1], (String) row[2]));
        }
        return new Series(key, metric.name(), points);
    }

    @GET
    @Path("/{name}/benchmark")
    @Operation(summary = "A body among the bodies of its level: value, rank, percentile, peers' P25/P50/P75, and its trend over "
            + "the last five years against its peers' quartiles")
    public Benchmarks.BodyBenchmark benchmark(@PathParam("name") String name,
            @Parameter(description = "a metric of GET /api/metrics", example = "applications.newReceived.total") @QueryParam("metric") String metricName,
            @Parameter(description = "statistical year; the latest with a value when absent") @QueryParam("year") String year) {
        Metric metric = MetricParam.require(metricName);
        Integer y = Params.year(year);
        String key = knownBody(name);
        return benchmarks.ofBody(key, displayName(key), metric, y);
    }

    @GET
    @Path("/{name}/profile.html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "One-page printable profile of a body: latest tables, issues with their review, headline metrics with "
            + "peer position and trend")
    public String profileHtml(@PathParam("name") String name) {
        return ProfileHtmlWriter.write(profile(name));
    }

    @GET
    @Path("/{name}/profile.xlsx")
    @Produces(ExportResource.XLSX)
    @Operation(summary = "The profile of a body as XLSX (sheets 概况, 表格, 问题)")
    public Response profileXlsx(@PathParam("name") String name) {
        OrganizationProfile.Profile p = profile(name);
        StreamingOutput body = out -> ProfileXlsxWriter.write(p, out);
        return Response.ok(body).type(ExportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"nianbao-profile.xlsx\"").build();
    }

    private OrganizationProfile.Profile profile(String name) {
        OrganizationProfile.Profile p = profiles.of(knownBody(name));
        if (p == null) {
            throw ProblemException.notFound("没有这个机关的报告 no reports of " + name);
        }
        return p;
    }

    /** the normalised name of a body that has reports, or 404 */
    private String knownBody(String name) {
        String key = OrganizationNormalizer.normalize(name);
        long known = key == null ? 0 : ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM query.report WHERE normalized_organization = ?1").setParameter(1, key)
                .getSingleResult()).longValue();
        if (known == 0) {
            throw ProblemException.notFound("没有这个机关的报告 no reports of " + name);
        }
        return key;
    }

    private String displayName(String key) {
        Object name = em.createNativeQuery("SELECT MAX(organization) FROM query.report WHERE normalized_organization = ?1")
                .setParameter(1, key).getSingleResult();
        return name == null ? key : name.toString();
    }
}
