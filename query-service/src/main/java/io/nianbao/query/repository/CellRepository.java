package io.nianbao.query.repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.nianbao.query.service.Cell;
import io.nianbao.query.service.Metric;

/** The table cells as rows (query.report_cell): written in JDBC batches, summed per metric for series and stats. */
@ApplicationScoped
public class CellRepository {

    @Inject
    EntityManager em;

    /**
     * Replaces the cells of a report (a re-parse may change them). Must run in the caller's transaction. The
     * ≈ 190 cells of a report go in as ONE statement over arrays (unnest) rather than one INSERT each: the server
     * plans and runs one statement instead of hundreds, which counted in the read model's throughput.
     */
    public void replace(String reportId, List<Cell> cells) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM query.report_cell WHERE report_id = ?")) {
                delete.setString(1, reportId);
                delete.executeUpdate();
            }
            if (cells.isEmpty()) {
                return;
            }
            int n = cells.size();
            String[] tables = new String[n];
            String[] rows = new String[n];
            String[] columns = new String[n];
            BigDecimal[] values = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                Cell cell = cells.get(i);
                tables[i] = cell.table();
                rows[i] = cell.row();
                columns[i] = cell.column();
                values[i] = cell.value();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO query.report_cell (report_id, tbl, row_key, col, value)"
                            + " SELECT ?, t.tbl, t.row_key, t.col, t.value FROM unnest(?, ?, ?, ?) AS t(tbl, row_key, col, value)"
                            + " ON CONFLICT DO NOTHING")) {
                insert.setString(1, reportId);
                insert.setArray(2, connection.createArrayOf("varchar", tables));
                insert.setArray(3, connection.createArrayOf("varchar", rows));
                insert.setArray(4, connection.createArrayOf("varchar", columns));
                insert.setArray(5, connection.createArrayOf("numeric", values));
                insert.executeUpdate();
            }
        });
    }

    /** One point per report of the body: [year, reportId, organization, sum, cells counted]. */
    @SuppressWarnings("unchecked")
    public List<Object[]> series(String normalizedOrganization, Metric metric) {
        List<Object> params = new ArrayList<>();
        params.add(normalizedOrganization);
        String sql = "SELECT r.year, r.report_id, r.organization, SUM(c.value), COUNT(c.value)"
                + " FROM query.report r JOIN query.report_cell c ON c.report_id = r.report_id"
                + " WHERE r.normalized_organization = ?1 AND " + cellCondition(metric, params, "c")
                + " GROUP BY r.year, r.report_id, r.organization ORDER BY r.year NULLS LAST, r.report_id";
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    /** The sum of a metric over every report of a year (all years when null). */
    public BigDecimal total(Integer year, Metric metric) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT SUM(c.value) FROM query.report_cell c");
        if (year != null) {
            params.add(year);
            sql.append(" JOIN query.report r ON r.report_id = c.report_id WHERE r.year = ?1 AND ");
        } else {
            sql.append(" WHERE ");
        }
        sql.append(cellCondition(metric, params, "c"));
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        Object result = query.getSingleResult();
        return result == null ? null : new BigDecimal(result.toString());
    }

    /** SQL condition selecting the metric's cells; every value is bound, never concatenated. */
    static String cellCondition(Metric metric, List<Object> params, String alias) {
        StringBuilder sql = new StringBuilder();
        params.add(metric.table());
        sql.append(alias).append(".tbl = ?").append(params.size());
        if (!metric.rows().isEmpty()) {
            sql.append(" AND ").append(alias).append(".row_key IN (");
            for (int i = 0; i < metric.rows().size(); i++) {
                params.add(metric.rows().get(i));
                sql.append(i == 0 ? "" : ", ").append('?').append(params.size());
            }
            sql.append(')');
        } else if (metric.rowPrefix() != null && !metric.rowPrefix().isEmpty()) {
            params.add(metric.rowPrefix() + "%");
            sql.append(" AND ").append(alias).append(".row_key LIKE ?").append(params.size());
        }
        sql.append(" AND ").append(alias).append(".col IN (");
        for (int i = 0; i < metric.columns().size(); i++) {
            params.add(metric.columns().get(i));
            sql.append(i == 0 ? "" : ", ").append('?').append(params.size());
        }
        return sql.append(')').toString();
    }
}
