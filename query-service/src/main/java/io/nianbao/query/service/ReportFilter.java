package io.nianbao.query.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.nianbao.contracts.issue.Severity;
import io.nianbao.query.repository.ProcessingStatus;

/**
 * The filters of the report list, the export and the event stream, already checked. Renders itself as
 * an HQL condition (Panache) or an SQL condition (JDBC streaming); values are always bound parameters.
 */
public record ReportFilter(String organization, Integer year, String template, Severity severity, String code,
        ProcessingStatus status) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null);
    }

    /** HQL over ReportRecord (alias-free), with named parameters added to {@code params}. */
    public String hql(Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (organization != null) {
            params.put("org", "%" + organization.toLowerCase(Locale.ROOT) + "%");
            String key = OrganizationNormalizer.normalize(organization);
            params.put("norg", "%" + (key == null ? organization : key) + "%");
            where.add("(lower(organization) like :org or normalizedOrganization like :norg)");
        }
        if (year != null) {
            params.put("year", year);
            where.add("year = :year");
        }
        if (template != null) {
            params.put("template", template);
            where.add("template = :template");
        }
        if (severity != null) {
            where.add(severityColumn(true) + " > 0");
        }
        if (code != null) {
            params.put("code", code);
            where.add("reportId in (select i.reportId from IssueRecord i where i.code = :code)");
        }
        if (status != null) {
            params.put("status", status);
            where.add("status = :status");
        }
        return String.join(" and ", where);
    }

    /** SQL over query.report aliased {@code r}, with positional values appended to {@code params}. */
    public String sql(List<Object> params) {
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (organization != null) {
            params.add("%" + organization.toLowerCase(Locale.ROOT) + "%");
            String key = OrganizationNormalizer.normalize(organization);
            params.add("%" + (key == null ? organization : key) + "%");
            where.add("(lower(r.organization) LIKE ? OR r.normalized_organization LIKE ?)");
        }
        if (year != null) {
            params.add(year);
            where.add("r.year = ?");
        }
        if (template != null) {
            params.add(template);
            where.add("r.template = ?");
        }
        if (severity != null) {
            where.add("r." + severityColumn(false) + " > 0");
        }
        if (code != null) {
            params.add(code);
            where.add("EXISTS (SELECT 1 FROM query.report_issue i WHERE i.report_id = r.report_id AND i.code = ?)");
        }
        if (status != null) {
            params.add(status.name());
            where.add("r.status = ?");
        }
        return String.join(" AND ", where);
    }

    private String severityColumn(boolean hql) {
        return switch (severity) {
            case ERROR -> hql ? "errorCount" : "error_count";
            case WARNING -> hql ? "warningCount" : "warning_count";
            case INFO -> hql ? "infoCount" : "info_count";
        };
    }
}
