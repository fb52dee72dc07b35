package io.nianbao.rules.support;

import java.util.List;
import java.util.Map;

/** Chinese names of the tables, Table 4 groups/columns and Table 2 rows/fields, for messages. */
public final class TableLabels {
    private TableLabels() {}

    public static final Map<String, String> TABLES = Map.of(
            "activeDisclosure", "第二部分（主动公开政府信息情况）表格",
            "applications", "第三部分（收到和处理政府信息公开申请情况）表格",
            "reviewLitigation", "第四部分（政府信息公开行政复议、行政诉讼情况）表格");

    public static final Map<String, String> T4_GROUPS = Map.of(
            "administrativeReview", "行政复议",
            "litigationDirect", "行政诉讼（未经复议直接起诉）",
            "litigationAfterReview", "行政诉讼（复议后起诉）",
            "litigation", "行政诉讼（合计）");

    public static final List<String> T4_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    public static final Map<String, String> T2_GROUPS = Map.of(
            "regulations", "规章",
            "normativeDocuments", "行政规范性文件",
            "licensing", "行政许可",
            "otherServices", "其他对外管理服务事项",
            "penalties", "行政处罚",
            "enforcement", "行政强制",
            "fees", "行政事业性收费",
            "procurement", "政府集中采购");

    public static final Map<String, String> T2_FIELDS = Map.ofEntries(
            Map.entry("made", "本年新制作数量"),
            Map.entry("published", "本年新公开数量"),
            Map.entry("totalPublished", "对外公开总数量"),
            Map.entry("previousCount", "上一年项目数量"),
            Map.entry("change", "本年增/减"),
            Map.entry("decisions", "处理决定数量"),
            Map.entry("projects", "采购项目数量"),
            Map.entry("amountWan", "采购总金额（万元）"),
            Map.entry("issued", "本年制发件数"),
            Map.entry("repealed", "本年废止件数"),
            Map.entry("inForce", "现行有效件数"));

    public static String table(String name) {
        return TABLES.getOrDefault(name, name);
    }

    public static String t2(String group, String field) {
        return T2_GROUPS.getOrDefault(group, group) + "·" + T2_FIELDS.getOrDefault(field, field);
    }
}
