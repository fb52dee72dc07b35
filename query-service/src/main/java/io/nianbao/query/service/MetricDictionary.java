package io.nianbao.query.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.Template;

/**
 * Every metric name the API accepts, with its Chinese name, unit, cells and templates. The list is built from
 * the official layouts (parsed-report.md) and each name is resolved through {@link MetricCatalog}, so the
 * dictionary and what the series / benchmark endpoints accept cannot drift apart.
 */
public final class MetricDictionary {
    private static final List<String> BOTH = List.of(Template.T2019, Template.T2021);
    private static final List<String> ONLY_2019 = List.of(Template.T2019);
    private static final List<String> ONLY_2021 = List.of(Template.T2021);

    /** Table 3 single rows (key → label) in the official order */
    private static final Map<String, String> T3_ROWS = ordered(
            "newReceived", "本年新收政府信息公开申请数量", "carriedOver", "上年结转政府信息公开申请数量",
            "granted", "予以公开", "partiallyGranted", "部分公开", "total", "办理结果总计",
            "carriedForward", "结转下年度继续办理");
    private static final Map<String, String> T3_GROUPS = ordered(
            "denied", "不予公开", "unavailable", "无法提供", "notProcessed", "不予处理", "otherHandling", "其他处理");
    private static final Map<String, String> T3_COLUMNS = ordered(
            "naturalPerson", "自然人", "commercial", "商业企业", "research", "科研机构", "nonProfit", "社会公益组织",
            "legalService", "法律服务机构", "otherOrg", "其他组织", "total", "总计", "legalPersons", "法人或其他组织合计");
    private static final Map<String, String> T4_GROUPS = ordered(
            "administrativeReview", "行政复议", "litigationDirect", "未经复议直接起诉的行政诉讼",
            "litigationAfterReview", "复议后起诉的行政诉讼", "litigation", "行政诉讼（直接起诉与复议后起诉合计）");
    private static final Map<String, String> T4_COLUMNS = ordered(
            "upheld", "结果维持", "corrected", "结果纠正", "other", "其他结果", "pending", "尚未审结", "total", "总计");

    /** Table 2: group → field → templates having that cell */
    private static final Map<String, Map<String, List<String>>> T2 = new LinkedHashMap<>();
    private static final Map<String, String> T2_FIELDS = ordered(
            ActiveDisclosure.MADE, "本年新制作数量", ActiveDisclosure.PUBLISHED, "本年新公开数量",
            ActiveDisclosure.TOTAL_PUBLISHED, "对外公开总数量", ActiveDisclosure.PREVIOUS_COUNT, "上一年项目数量",
            ActiveDisclosure.CHANGE, "本年增/减", ActiveDisclosure.DECISIONS, "处理决定数量",
            ActiveDisclosure.PROJECTS, "采购项目数量", ActiveDisclosure.AMOUNT_WAN, "金额",
            ActiveDisclosure.ISSUED, "本年制发件数", ActiveDisclosure.REPEALED, "本年废止件数", ActiveDisclosure.IN_FORCE, "现行有效件数");

    static {
        for (String g : List.of(ActiveDisclosure.REGULATIONS, ActiveDisclosure.NORMATIVE_DOCUMENTS)) {
            put(g, ONLY_2019, ActiveDisclosure.MADE, ActiveDisclosure.PUBLISHED, ActiveDisclosure.TOTAL_PUBLISHED);
            put(g, ONLY_2021, ActiveDisclosure.ISSUED, ActiveDisclosure.REPEALED, ActiveDisclosure.IN_FORCE);
        }
        for (String g : List.of(ActiveDisclosure.LICENSING, ActiveDisclosure.OTHER_SERVICES, ActiveDisclosure.PENALTIES,
                ActiveDisclosure.ENFORCEMENT)) {
            put(g, ONLY_2019, ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE);
            boolean in2021 = !g.equals(ActiveDisclosure.OTHER_SERVICES);
            put(g, in2021 ? BOTH : ONLY_2019, ActiveDisclosure.DECISIONS);
        }
        put(ActiveDisclosure.FEES, ONLY_2019, ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE);
        put(ActiveDisclosure.FEES, ONLY_2021, ActiveDisclosure.AMOUNT_WAN);
        put(ActiveDisclosure.PROCUREMENT, ONLY_2019, ActiveDisclosure.PROJECTS, ActiveDisclosure.AMOUNT_WAN);
    }

    private static final List<MetricInfo> ALL = build();

    private MetricDictionary() {}

    public static List<MetricInfo> all() {
        return ALL;
    }

    /** the sub-rows of a Table 3 group in either template (otherHandling: 2019's and 2021's) */
    static List<String> subRows(String group) {
        return switch (group) {
            case "denied" -> Applications.DENIED_ROWS;
            case "unavailable" -> Applications.UNAVAILABLE_ROWS;
            case "notProcessed" -> Applications.NOT_PROCESSED_ROWS;
            case "otherHandling" -> Applications.OTHER_HANDLING_ROWS_2021; // includes 2019's single "other"
            default -> List.of();
        };
    }

    /** the Table 2 fields that a group has in some template */
    static Set<String> activeDisclosureFields(String group) {
        Map<String, List<String>> fields = T2.get(group);
        return fields == null ? Set.of() : fields.keySet();
    }

    private static List<MetricInfo> build() {
        List<MetricInfo> out = new ArrayList<>();
        T3_ROWS.forEach((row, rowLabel) -> T3_COLUMNS.forEach((col, colLabel) ->
                out.add(info("applications." + row + "." + col, rowLabel + "（" + colLabel + "）", "件", BOTH))));
        T3_GROUPS.forEach((group, groupLabel) -> {
            T3_COLUMNS.forEach((col, colLabel) ->
                    out.add(info("applications." + group + "." + col, groupLabel + "合计（" + colLabel + "）", "件", BOTH)));
            for (String sub : subRows(group)) {
                List<String> templates = !group.equals("otherHandling") || sub.equals("other") ? BOTH : ONLY_2021;
                String label = groupLabel + "：" + RowLabels.applicationSubRow(group, sub).replaceFirst("^\\d+\\.", "");
                T3_COLUMNS.forEach((col, colLabel) ->
                        out.add(info("applications." + group + "." + sub + "." + col, label + "（" + colLabel + "）", "件", templates)));
            }
        });
        T4_GROUPS.forEach((group, groupLabel) -> T4_COLUMNS.forEach((col, colLabel) ->
                out.add(info("reviewLitigation." + group + "." + col, groupLabel + "（" + colLabel + "）", "件", BOTH))));
        out.add(info("activeDisclosure.decisions.total", "主动公开：处理决定数量合计（许可、处罚、强制等各行之和）", "件", BOTH));
        T2.forEach((group, fields) -> fields.forEach((field, templates) -> out.add(info("activeDisclosure." + group + "." + field,
                RowLabels.ACTIVE_DISCLOSURE_GROUPS.get(group) + "：" + t2FieldLabel(group, field), t2Unit(field), templates))));
        return List.copyOf(out);
    }

    private static MetricInfo info(String name, String label, String unit, List<String> templates) {
        Metric m = MetricCatalog.resolve(name)
                .orElseThrow(() -> new IllegalStateException("dictionary metric does not resolve: " + name));
        List<String> cells = cells(m, templates);
        String definition = String.join(" + ", cells);
        return new MetricInfo(name, label, unit, m.table(), cells, definition, templates, MetricCatalog.MAIN_METRICS.contains(name));
    }

    /** the cell paths (as in ParsedReport.cells) a metric adds up, in the templates that have it */
    private static List<String> cells(Metric m, List<String> templates) {
        List<String> rows = new ArrayList<>(m.rows());
        if (m.rows().isEmpty() && m.table().equals(TableCells.APPLICATIONS)) {
            String group = m.rowPrefix().substring(0, m.rowPrefix().length() - 1);
            subRows(group).stream().filter(sub -> !group.equals("otherHandling") || templates.contains(Template.T2021)
                    || sub.equals("other")).forEach(sub -> rows.add(group + "." + sub));
        }
        List<String> out = new ArrayList<>();
        switch (m.table()) {
            case TableCells.APPLICATIONS -> rows.forEach(r -> m.columns().forEach(
                    c -> out.add("applications." + r + "[" + Applications.COLUMNS.indexOf(c) + "]")));
            case TableCells.REVIEW_LITIGATION -> rows.forEach(r -> m.columns().forEach(
                    c -> out.add("reviewLitigation." + r + "[" + ReviewLitigation.COLUMNS.indexOf(c) + "]")));
            default -> {
                if (rows.isEmpty()) { // decisions.total: every group that has 处理决定数量
                    T2.forEach((g, fields) -> {
                        if (fields.containsKey(ActiveDisclosure.DECISIONS)) {
                            out.add("activeDisclosure." + g + "." + ActiveDisclosure.DECISIONS);
                        }
                    });
                } else {
                    rows.forEach(r -> m.columns().forEach(c -> out.add("activeDisclosure." + r + "." + c)));
                }
            }
        }
        return out;
    }

    private static String t2FieldLabel(String group, String field) {
        if (ActiveDisclosure.AMOUNT_WAN.equals(field)) {
            return ActiveDisclosure.PROCUREMENT.equals(group) ? "采购总金额" : "本年收费金额";
        }
        return T2_FIELDS.get(field);
    }

    private static String t2Unit(String field) {
        return switch (field) {
            case ActiveDisclosure.AMOUNT_WAN -> "万元";
            case ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE, ActiveDisclosure.PROJECTS -> "个";
            default -> "件";
        };
    }

    private static void put(String group, List<String> templates, String... fields) {
        Map<String, List<String>> g = T2.computeIfAbsent(group, k -> new LinkedHashMap<>());
        for (String f : fields) {
            g.put(f, templates);
        }
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
