package io.nianbao.query.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.nianbao.query.service.Metric;

/** A metric's value for every body and year, read from query.report_cell, for peer comparisons. */
@ApplicationScoped
public class BenchmarkRepository {

    /** One body's value of a metric for one year, from its report of that year. */
    public record BodyValue(String name, String organization, String reportId, int year, BigDecimal value) {}

    @Inject
    EntityManager em;

    /**
     * The value of the metric for each body and year in [fromYear, toYear]. A body with several reports for a year
     * counts once, with the one received last (a later report replaces an earlier one); a report none of whose
     * cells of the metric holds a number has no value (no data is not zero).
     */
    @SuppressWarnings("unchecked")
    public List<BodyValue> values(Metric metric, int fromYear, int toYear) {
        List<Object> params = new ArrayList<>();
        params.add(fromYear);
        params.add(toYear);
        String sql = "SELECT DISTINCT ON (r.normalized_organization, r.year) r.normalized_organization, r.organization,"
                + " r.report_id, r.year, SUM(c.value)"
                + " FROM query.report r JOIN query.report_cell c ON c.report_id = r.report_id"
                + " WHERE r.year BETWEEN ?1 AND ?2 AND r.normalized_organization IS NOT NULL AND "
                + CellRepository.cellCondition(metric, params, "c")
                + " GROUP BY r.normalized_organization, r.organization, r.report_id, r.year, r.received_at"
                + " HAVING COUNT(c.value) > 0"
                + " ORDER BY r.normalized_organization, r.year, r.received_at DESC NULLS LAST, r.report_id DESC";
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<BodyValue> out = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            out.add(new BodyValue((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                    new BigDecimal(row[4].toString())));
        }
        return out;
    }

    /** the latest year in which the body has a value of the metric, or null */
    public Integer latestYear(String name, Metric metric) {
        List<Object> params = new ArrayList<>();
        params.add(name);
        String sql = "SELECT MAX(r.year) FROM query.report r JOIN query.report_cell c ON c.report_id = r.report_id"
                + " WHERE r.normalized_organization = ?1 AND c.value IS NOT NULL AND " + CellRepository.cellCondition(metric, params, "c");
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        Object year = query.getSingleResult();
        return year == null ? null : ((Number) year).intValue();
    }
}
