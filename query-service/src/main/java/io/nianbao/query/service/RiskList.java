package io.nianbao.query.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The risk list of a set of reports (the filters of /api/reports): bodies ranked by their ERROR issues that are not
 * dismissed (open or confirmed), then by such WARNINGs, then by name. A dismissed issue (a false positive) does not
 * count; a confirmed one does.
 */
@ApplicationScoped
public class RiskList {

    public record ReportRisk(String reportId, String organization, String name, Integer year, String template, String status,
            long errors, long warnings, long confirmed, long dismissed, long unreviewed, String codes) {}

    public record BodyRisk(int rank, String name, String organization, String level, int reports, String years, long errors,
            long warnings, long confirmed, long dismissed, long unreviewed, List<ReportRisk> reportRisks) {}

    @Inject
    DataSource dataSource;

    public List<ReportRisk> reports(ReportFilter filter) {
        List<Object> params = new ArrayList<>();
        String notDismissed = "COALESCE(v.state, 'OPEN') <> 'DISMISSED'";
        String sql = "SELECT r.report_id, r.organization, r.normalized_organization, r.year, r.template, r.status,"
                + " COUNT(i.id) FILTER (WHERE i.severity = 'ERROR' AND " + notDismissed + "),"
                + " COUNT(i.id) FILTER (WHERE i.severity = 'WARNING' AND " + notDismissed + "),"
                + " COUNT(i.id) FILTER (WHERE v.state = 'CONFIRMED'), COUNT(i.id) FILTER (WHERE v.state = 'DISMISSED'),"
                + " COUNT(i.id) FILTER (WHERE v.state IS NULL),"
                + " STRING_AGG(DISTINCT i.code, ',' ORDER BY i.code) FILTER (WHERE " + notDismissed + ")"
                + " FROM query.report r LEFT JOIN query.report_issue i ON i.report_id = r.report_id" + IssueReviews.SQL_JOIN
                + " WHERE " + filter.sql(params)
                + " GROUP BY r.report_id, r.organization, r.normalized_organization, r.year, r.template, r.status";
        List<ReportRisk> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportRisk(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11), rs.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("risk list query failed", e);
        }
        return out;
    }

    public List<BodyRisk> bodies(ReportFilter filter) {
        Map<String, List<ReportRisk>> byBody = new LinkedHashMap<>();
        for (ReportRisk r : reports(filter)) {
            byBody.computeIfAbsent(r.name() == null ? "(" + r.reportId() + ")" : r.name(), k -> new ArrayList<>()).add(r);
        }
        List<BodyRisk> unranked = new ArrayList<>();
        byBody.forEach((name, list) -> {
            list.sort(Comparator.comparing(ReportRisk::year, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(ReportRisk::reportId));
            String organization = list.stream().map(ReportRisk::organization).filter(o -> o != null).findFirst().orElse(name);
            TreeSet<Integer> years = new TreeSet<>();
            list.stream().map(ReportRisk::year).filter(y -> y != null).forEach(years::add);
            unranked.add(new BodyRisk(0, name, organization, BodyLevel.of(organization).name(), list.size(),
                    String.join("、", years.stream().map(String::valueOf).toList()),
                    list.stream().mapToLong(ReportRisk::errors).sum(), list.stream().mapToLong(ReportRisk::warnings).sum(),
                    list.stream().mapToLong(ReportRisk::confirmed).sum(), list.stream().mapToLong(ReportRisk::dismissed).sum(),
                    list.stream().mapToLong(ReportRisk::unreviewed).sum(), list));
        });
        unranked.sort(Comparator.comparingLong(BodyRisk::errors).reversed().thenComparing(Comparator.comparingLong(BodyRisk::warnings)
                .reversed()).thenComparing(BodyRisk::name));
        List<BodyRisk> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            BodyRisk b = unranked.get(i);
            // ties (same errors and warnings) share a rank
            int rank = i > 0 && unranked.get(i - 1).errors() == b.errors() && unranked.get(i - 1).warnings() == b.warnings()
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BodyRisk(rank, b.name(), b.organization(), b.level(), b.reports(), b.years(), b.errors(), b.warnings(),
                    b.confirmed(), b.dismissed(), b.unreviewed(), b.reportRisks()));
        }
        return ranked;
    }
}
