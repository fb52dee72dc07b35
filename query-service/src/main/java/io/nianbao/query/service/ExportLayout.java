package io.nianbao.query.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;

/**
 * The export's columns and rows: one row per report × table row, with the Chinese headers of the official
 * tables. With one table chosen the columns are exactly that table's; with all tables, their columns side by side
 * (总计 is shared by Tables 3 and 4).
 */
public final class ExportLayout {
    public static final List<String> TABLES = List.of(TableCells.ACTIVE_DISCLOSURE, TableCells.APPLICATIONS,
            TableCells.REVIEW_LITIGATION);

    private static final List<String> META = List.of("报告编号", "机关名称", "年度", "模板", "表格", "项目");
    private static final List<String> T3 = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    private static final List<String> T4 = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    private static final List<String> T2 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
            "处理决定数量", "采购项目数量", "采购总金额（万元）", "本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额（万元）");
    private static final Map<String, String> T2_FIELD_HEADERS = Map.ofEntries(
            Map.entry(ActiveDisclosure.MADE, "本年新制作数量"), Map.entry(ActiveDisclosure.PUBLISHED, "本年新公开数量"),
            Map.entry(ActiveDisclosure.TOTAL_PUBLISHED, "对外公开总数量"), Map.entry(ActiveDisclosure.PREVIOUS_COUNT, "上一年项目数量"),
            Map.entry(ActiveDisclosure.CHANGE, "本年增/减"), Map.entry(ActiveDisclosure.DECISIONS, "处理决定数量"),
            Map.entry(ActiveDisclosure.PROJECTS, "采购项目数量"), Map.entry(ActiveDisclosure.ISSUED, "本年制发件数"),
            Map.entry(ActiveDisclosure.REPEALED, "本年废止件数"), Map.entry(ActiveDisclosure.IN_FORCE, "现行有效件数"));
    private static final String TABLE_LABEL_T2 = "表二 主动公开政府信息情况";
    private static final String TABLE_LABEL_T3 = "表三 收到和处理政府信息公开申请情况";
    private static final String TABLE_LABEL_T4 = "表四 政府信息公开行政复议、行政诉讼情况";

    private final String table;
    private final List<String> headers = new ArrayList<>(META);

    /** @param table one of {@link #TABLES}, or null for all three */
    public ExportLayout(String table) {
        this.table = table;
        if (table == null || table.equals(TableCells.ACTIVE_DISCLOSURE)) {
            headers.addAll(T2);
        }
        if (table == null || table.equals(TableCells.APPLICATIONS)) {
            headers.addAll(T3);
        }
        if (table == null || table.equals(TableCells.REVIEW_LITIGATION)) {
            headers.addAll(table == null ? T4.subList(0, 4) : T4);
        }
    }

    public List<String> headers() {
        return headers;
    }

    /** The rows of one report; each array is aligned with {@link #headers()} (null = blank). */
    public List<Object[]> rows(String reportId, String organization, Integer year, String template, ParsedReport report) {
        List<Object[]> rows = new ArrayList<>();
        if (report == null || report.tables == null) {
            return rows;
        }
        ActiveDisclosure t2 = report.tables.activeDisclosure;
        if (wants(TableCells.ACTIVE_DISCLOSURE) && t2 != null && t2.status == TableStatus.PRESENT) {
            t2.groups.forEach((group, figures) -> {
                Object[] row = start(reportId, organization, year, template, TABLE_LABEL_T2,
                        RowLabels.ACTIVE_DISCLOSURE_GROUPS.getOrDefault(group, group));
                if (figures != null) {
                    figures.forEach((field, value) -> put(row, t2Header(group, field), TableCells.decimal(value)));
                }
                rows.add(row);
            });
        }
        Applications t3 = report.tables.applications;
        if (wants(TableCells.APPLICATIONS) && t3 != null && t3.status == TableStatus.PRESENT) {
            for (ApplicationRows.Row r : ApplicationRows.of(t3)) {
                Object[] row = start(reportId, organization, year, template, TABLE_LABEL_T3, r.label());
                putCells(row, T3, r.cells());
                rows.add(row);
            }
        }
        ReviewLitigation t4 = report.tables.reviewLitigation;
        if (wants(TableCells.REVIEW_LITIGATION) && t4 != null && t4.status == TableStatus.PRESENT) {
            for (String group : ReviewLitigation.GROUPS) {
                Object[] row = start(reportId, organization, year, template, TABLE_LABEL_T4,
                        RowLabels.REVIEW_LITIGATION_GROUPS.get(group));
                putCells(row, T4, t4.group(group));
                rows.add(row);
            }
        }
        return rows;
    }

    private boolean wants(String t) {
        return table == null || table.equals(t);
    }

    private Object[] start(String reportId, String organization, Integer year, String template, String tableLabel, String item) {
        Object[] row = new Object[headers.size()];
        row[0] = reportId;
        row[1] = organization;
        row[2] = year;
        row[3] = template;
        row[4] = tableLabel;
        row[5] = item;
        return row;
    }

    private void putCells(Object[] row, List<String> columnHeaders, List<Long> cells) {
        if (cells == null) {
            return;
        }
        for (int i = 0; i < columnHeaders.size() && i < cells.size(); i++) {
            put(row, columnHeaders.get(i), cells.get(i) == null ? null : BigDecimal.valueOf(cells.get(i)));
        }
    }

    private void put(Object[] row, String header, Object value) {
        int index = headers.indexOf(header);
        if (index >= 0) {
            row[index] = value;
        }
    }

    private static String t2Header(String group, String field) {
        if (ActiveDisclosure.AMOUNT_WAN.equals(field)) {
            return ActiveDisclosure.PROCUREMENT.equals(group) ? "采购总金额（万元）" : "本年收费金额（万元）";
        }
        return T2_FIELD_HEADERS.getOrDefault(field, field);
    }
}
