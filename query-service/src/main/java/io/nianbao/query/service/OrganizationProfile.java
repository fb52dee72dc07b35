package io.nianbao.query.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.IssueReviewRecord;
import io.nianbao.query.repository.ReportRecord;
import io.quarkus.panache.common.Sort;

/**
 * What a supervisor needs about one body on one page: its latest report's tables and issues (with their review),
 * and for each headline metric its value, position among its peers and trend.
 */
@ApplicationScoped
public class OrganizationProfile {

    public record IssueLine(String severity, String code, String path, BigDecimal expected, BigDecimal actual, String message,
            String review, String reviewComment) {}

    public record MetricLine(MetricInfo metric, Benchmarks.BodyBenchmark benchmark) {}

    public record TableBlock(String table, List<String> headers, List<Object[]> rows) {}

    public record Profile(String name, String organization, BodyLevel level, ReportRecord report, List<TableBlock> tables,
            List<IssueLine> issues, List<MetricLine> metrics, List<Integer> years) {}

    /** the column of ExportLayout's rows holding the row's label (项目) */
    private static final int ITEM_COLUMN = 5;
    private static final List<String> T2_ORDER = java.util.stream.Stream.of(ActiveDisclosure.REGULATIONS,
            ActiveDisclosure.NORMATIVE_DOCUMENTS, ActiveDisclosure.LICENSING, ActiveDisclosure.OTHER_SERVICES,
            ActiveDisclosure.PENALTIES, ActiveDisclosure.ENFORCEMENT, ActiveDisclosure.FEES, ActiveDisclosure.PROCUREMENT)
            .map(RowLabels.ACTIVE_DISCLOSURE_GROUPS::get).toList();

    @Inject
    Benchmarks benchmarks;

    @Inject
    IssueReviews reviews;

    /** @return null when the body has no report */
    public Profile of(String name) {
        List<ReportRecord> reports = ReportRecord.list("normalizedOrganization", Sort.by("year", Sort.Direction.Descending)
                .and("receivedAt", Sort.Direction.Descending).and("reportId"), name);
        if (reports.isEmpty()) {
            return null;
        }
        // the latest year's report that has been parsed (a report still in RECEIVED has no tables yet)
        ReportRecord latest = reports.stream().filter(ReportRecord::isParsed).findFirst().orElse(reports.get(0));
        String organization = latest.organization != null ? latest.organization : name;
        List<TableBlock> tables = new ArrayList<>();
        if (latest.isParsed()) {
            ParsedReport parsed = JsonCodec.readReport(latest.parsedReport);
            for (String table : ExportLayout.TABLES) {
                ExportLayout layout = new ExportLayout(table);
                List<Object[]> rows = new ArrayList<>(layout.rows(latest.reportId, latest.organization, latest.year,
                        latest.template, parsed));
                if (table.equals(TableCells.ACTIVE_DISCLOSURE)) {
                    // Table 2's groups come in the order of the stored JSON: put them in the template's order
                    rows.sort(java.util.Comparator.comparingInt(row -> T2_ORDER.indexOf(String.valueOf(row[ITEM_COLUMN]))));
                }
                tables.add(new TableBlock(table, layout.headers(), rows));
            }
        }
        Map<String, IssueReviewRecord> reviewed = reviews.of(latest.reportId);
        List<IssueLine> issues = IssueRecord.<IssueRecord>list("reportId", Sort.by("id"), latest.reportId).stream().map(i -> {
            IssueReviewRecord r = reviewed.get(IssueReviews.key(i.code, i.path));
            return new IssueLine(i.severity, i.code, i.path, i.expected, i.actual, i.message,
                    r == null ? ReviewState.OPEN.name() : r.state, r == null ? null : r.comment);
        }).toList();
        List<MetricLine> metrics = new ArrayList<>();
        for (String m : MetricCatalog.MAIN_METRICS) {
            MetricInfo info = MetricDictionary.all().stream().filter(d -> d.name().equals(m)).findFirst().orElseThrow();
            metrics.add(new MetricLine(info, benchmarks.ofBody(name, organization, MetricCatalog.resolve(m).orElseThrow(),
                    latest.year)));
        }
        List<Integer> years = reports.stream().map(r -> r.year).filter(y -> y != null).distinct().sorted().toList();
        return new Profile(name, organization, BodyLevel.of(organization), latest, tables, issues, metrics, years);
    }

    public static String tableLabel(String table) {
        return switch (table) {
            case TableCells.ACTIVE_DISCLOSURE -> "表二 主动公开政府信息情况";
            case TableCells.APPLICATIONS -> "表三 收到和处理政府信息公开申请情况";
            default -> "表四 政府信息公开行政复议、行政诉讼情况";
        };
    }
}
