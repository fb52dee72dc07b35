package io.nianbao.query.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.repository.CellRepository;
import io.nianbao.query.service.IssueReviews;
import io.nianbao.query.service.MetricCatalog;
import io.nianbao.query.service.ReviewState;

@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stats", description = "统计 Totals across bodies")
public class StatsResource {

    public record Stats(Integer year, long reports, long bodies, Map<String, Long> byStatus, Map<String, BigDecimal> totals,
            Map<String, Long> issuesByCode, Map<String, Long> issuesBySeverity, Map<String, Long> reportsWithSeverity,
            Map<String, Long> issuesByReview, Map<String, Map<String, Long>> issuesBySeverityAndReview) {}

    @Inject
    EntityManager em;

    @Inject
    CellRepository cells;

    @GET
    @Operation(summary = "Numbers of reports and bodies, totals of the main metrics and issue counts, for one year or all")
    @SuppressWarnings("unchecked")
    public Stats stats(@Parameter(description = "statistical year; all years when absent") @QueryParam("year") String yearParam) {
        Integer year = Params.year(yearParam);
        String where = year == null ? " WHERE 1 = 1" : " WHERE r.year = " + year; // an Integer checked by Params.year
        Object[] counts = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT r.normalized_organization),"
                + " COUNT(*) FILTER (WHERE r.error_count > 0), COUNT(*) FILTER (WHERE r.warning_count > 0),"
                + " COUNT(*) FILTER (WHERE r.info_count > 0) FROM query.report r" + where).getSingleResult();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT r.status, COUNT(*) FROM query.report r" + where + " GROUP BY r.status ORDER BY r.status").getResultList()) {
            byStatus.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (String metric : MetricCatalog.MAIN_METRICS) {
            totals.put(metric, cells.total(year, MetricCatalog.resolve(metric).orElseThrow()));
        }
        Map<String, Long> byCode = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT i.code, COUNT(*) FROM query.report_issue i"
                + " JOIN query.report r ON r.report_id = i.report_id" + where + " GROUP BY i.code ORDER BY COUNT(*) DESC, i.code")
                .getResultList()) {
            byCode.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT i.severity, COUNT(*) FROM query.report_issue i"
                + " JOIN query.report r ON r.report_id = i.report_id" + where + " GROUP BY i.severity ORDER BY i.severity")
                .getResultList()) {
            bySeverity.put((String) row[0], ((Number) row[1]).longValue());
        }
        // review states: OPEN (not reviewed), CONFIRMED, DISMISSED (false positive), always all three
        Map<String, Long> byReview = new LinkedHashMap<>();
        Map<String, Map<String, Long>> bySeverityAndReview = new LinkedHashMap<>();
        for (ReviewState state : ReviewState.values()) {
            byReview.put(state.name(), 0L);
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT i.severity, COALESCE(v.state, 'OPEN'), COUNT(*)"
                + " FROM query.report_issue i JOIN query.report r ON r.report_id = i.report_id" + IssueReviews.SQL_JOIN + where
                + " GROUP BY i.severity, COALESCE(v.state, 'OPEN') ORDER BY i.severity").getResultList()) {
            long n = ((Number) row[2]).longValue();
            byReview.merge((String) row[1], n, Long::sum);
            bySeverityAndReview.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1], n);
        }
        Map<String, Long> withSeverity = new LinkedHashMap<>();
        withSeverity.put("ERROR", ((Number) counts[2]).longValue());
        withSeverity.put("WARNING", ((Number) counts[3]).longValue());
        withSeverity.put("INFO", ((Number) counts[4]).longValue());
        return new Stats(year, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), byStatus, totals, byCode,
                bySeverity, withSeverity, byReview, bySeverityAndReview);
    }
}
