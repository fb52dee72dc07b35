package io.nianbao.query.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-page profile of a body as printable HTML (A4 print CSS in /profile.css; the page has no script and no
 * inline style, so it is served under the console's Content-Security-Policy). Every text that comes from a report is
 * escaped with {@link Html#escape}.
 */
public final class ProfileHtmlWriter {
    /** the ExportLayout columns before 项目 (report id, body, year, template, table) are said once in the header */
    private static final int META_COLUMNS = 5;

    private ProfileHtmlWriter() {}

    public static String write(OrganizationProfile.Profile p) {
        StringBuilder h = new StringBuilder(16_384);
        var r = p.report();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(p.organization())).append(" · 政府信息公开年报概况</title>")
                .append("<link rel=\"stylesheet\" href=\"/profile.css\"></head><body class=\"profile\">\n");
        h.append("<header><h1>").append(Html.escape(p.organization())).append("</h1><p class=\"sub\">政府信息公开工作年度报告 概况 · ")
                .append(Html.escape(p.level().label())).append("</p>");
        h.append("<dl class=\"meta\">");
        dt(h, "最新报告年度", r.year);
        dt(h, "报告编号", r.reportId);
        dt(h, "模板", r.template);
        dt(h, "状态", r.status);
        dt(h, "已有年度", String.join("、", p.years().stream().map(String::valueOf).toList()));
        dt(h, "问题", "错误 " + r.errorCount + " · 警告 " + r.warningCount + " · 提示 " + r.infoCount);
        h.append("</dl></header>\n");

        h.append("<section><h2>主要指标与同级比较</h2><table><thead><tr><th>指标</th><th>单位</th><th>本年</th><th>排名</th>"
                + "<th>百分位</th><th>同级P25</th><th>同级中位数</th><th>同级P75</th><th>近年走势</th></tr></thead><tbody>");
        for (var line : p.metrics()) {
            var b = line.benchmark();
            h.append("<tr><td>").append(Html.escape(line.metric().label())).append("</td><td>").append(Html.escape(line.metric().unit()))
                    .append("</td><td class=\"num\">").append(num(b.value())).append("</td><td class=\"num\">")
                    .append(b.rank() == null ? "" : b.rank() + " / " + b.peers()).append("</td><td class=\"num\">")
                    .append(num(b.percentile())).append("</td><td class=\"num\">")
                    .append(b.quartiles() == null ? "" : num(b.quartiles().p25())).append("</td><td class=\"num\">")
                    .append(b.quartiles() == null ? "" : num(b.quartiles().p50())).append("</td><td class=\"num\">")
                    .append(b.quartiles() == null ? "" : num(b.quartiles().p75())).append("</td><td>");
            List<String> trend = new ArrayList<>();
            for (var t : b.trend()) {
                if (t.value() != null) {
                    trend.add(t.year() + "：" + num(t.value()));
                }
            }
            h.append(Html.escape(String.join("，", trend))).append("</td></tr>");
        }
        h.append("</tbody></table><p class=\"note\">同级：与本机关同一级别（").append(Html.escape(p.level().label()))
                .append("）的机关，同一年度；排名 1 为最高；百分位 = 低于本机关的同级机关所占比例；四分位数按线性插值（同 PostgreSQL percentile_cont）。</p></section>\n");

        for (var t : p.tables()) {
            h.append("<section><h2>").append(Html.escape(OrganizationProfile.tableLabel(t.table()))).append("</h2>");
            if (t.rows().isEmpty()) {
                h.append("<p class=\"muted\">无可读数据（").append(Html.escape(status(r, t.table()))).append("）</p></section>\n");
                continue;
            }
            List<Integer> columns = nonEmptyColumns(t);
            h.append("<table><thead><tr>");
            for (int c : columns) {
                h.append("<th>").append(Html.escape(t.headers().get(c))).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (Object[] row : t.rows()) {
                h.append("<tr>");
                for (int c : columns) {
                    boolean label = c == META_COLUMNS;
                    h.append(label ? "<td>" : "<td class=\"num\">").append(label ? Html.escape(row[c]) : num(row[c])).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table></section>\n");
        }

        h.append("<section><h2>校验问题</h2>");
        if (p.issues().isEmpty()) {
            h.append("<p class=\"muted\">没有发现问题</p>");
        } else {
            h.append("<table class=\"issues\"><thead><tr><th>级别</th><th>规则</th><th>位置</th><th>说明</th><th>审核</th></tr></thead><tbody>");
            for (var i : p.issues()) {
                ReviewState state = ReviewState.parse(i.review()).orElse(ReviewState.OPEN);
                h.append("<tr class=\"").append(Html.escape(i.severity())).append("\"><td>").append(Html.escape(severity(i.severity())))
                        .append("</td><td>").append(Html.escape(i.code())).append("</td><td>").append(Html.escape(i.path()))
                        .append("</td><td>").append(Html.escape(i.message())).append("</td><td>").append(Html.escape(state.label()))
                        .append(i.reviewComment() == null ? "" : "：" + Html.escape(i.reviewComment())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n<footer>生成时间 ").append(Html.escape(Instant.now().toString()))
                .append(" · 数据来自该机关公开的政府信息公开工作年度报告（Nianbao）</footer></body></html>\n");
        return h.toString();
    }

    private static List<Integer> nonEmptyColumns(OrganizationProfile.TableBlock t) {
        List<Integer> columns = new ArrayList<>();
        columns.add(META_COLUMNS);
        for (int c = META_COLUMNS + 1; c < t.headers().size(); c++) {
            final int col = c;
            if (t.rows().stream().anyMatch(row -> row[col] != null)) {
                columns.add(c);
            }
        }
        return columns;
    }

    static String status(io.nianbao.query.repository.ReportRecord r, String table) {
        String s = switch (table) {
            case TableCells.ACTIVE_DISCLOSURE -> r.activeDisclosureStatus;
            case TableCells.APPLICATIONS -> r.applicationsStatus;
            default -> r.reviewLitigationStatus;
        };
        return s == null ? "MISSING" : s;
    }

    static String severity(String s) {
        return switch (s == null ? "" : s) {
            case "ERROR" -> "错误";
            case "WARNING" -> "警告";
            default -> "提示";
        };
    }

    private static void dt(StringBuilder h, String label, Object value) {
        h.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }

    private static String num(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return Html.escape(b.stripTrailingZeros().toPlainString());
        }
        return Html.escape(v);
    }
}
