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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.repository.CellRepository;
import io.nianbao.query.service.Metric;
import io.nianbao.query.service.MetricCatalog;
import io.nianbao.query.service.OrganizationNormalizer;

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
        Metric metric = MetricCatalog.resolve(metricName)
                .orElseThrow(() -> ProblemException.badRequest("unknown metric: " + metricName
                        + " (e.g. applications.newReceived.total, reviewLitigation.litigation.total)"));
        String key = OrganizationNormalizer.normalize(name);
        long known = key == null ? 0 : ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM query.report WHERE normalized_organization = ?1").setParameter(1, key)
                .getSingleResult()).longValue();
        if (known == 0) {
            throw ProblemException.notFound("没有这个机关的报告 no reports of " + name);
        }
        List<Point> points = new ArrayList<>();
        for (Object[] row : cells.series(key, metric)) {
            BigDecimal value = ((Number) row[4]).longValue() == 0 ? null : new BigDecimal(row[3].toString());
            points.add(new Point(row[0] == null ? null : ((Number) row[0]).intValue(), value, (String) row[1], (String) row[2]));
        }
        return new Series(key, metric.name(), points);
    }
}
