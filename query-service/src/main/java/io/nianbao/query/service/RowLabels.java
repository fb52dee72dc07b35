package io.nianbao.query.service;

import java.util.Map;

import io.nianbao.rules.support.TableLabels;

/** Chinese labels of the official tables (report-format.md), for exports and headers. */
public final class RowLabels {
    private static final Map<String, String> APPLICATION_SUB_ROWS = Map.ofEntries(
            Map.entry("denied.stateSecret", "1.属于国家秘密"),
            Map.entry("denied.prohibitedByLaw", "2.其他法律行政法规禁止公开"),
            Map.entry("denied.endangersSecurity", "3.危及“三安全一稳定”"),
            Map.entry("denied.thirdPartyRights", "4.保护第三方合法权益"),
            Map.entry("denied.internalAffairs", "5.属于三类内部事务信息"),
            Map.entry("denied.processInformation", "6.属于四类过程性信息"),
            Map.entry("denied.enforcementRecords", "7.属于行政执法案卷"),
            Map.entry("denied.administrativeQuery", "8.属于行政查询事项"),
            Map.entry("unavailable.notHeld", "1.本机关不掌握相关政府信息"),
            Map.entry("unavailable.requiresCreation", "2.没有现成信息需要另行制作"),
            Map.entry("unavailable.unclear", "3.补正后申请内容仍不明确"),
            Map.entry("notProcessed.petition", "1.信访举报投诉类申请"),
            Map.entry("notProcessed.duplicate", "2.重复申请"),
            Map.entry("notProcessed.publication", "3.要求提供公开出版物"),
            Map.entry("notProcessed.excessive", "4.无正当理由大量反复申请"),
            Map.entry("notProcessed.confirmation", "5.要求行政机关确认或重新出具已获取信息"),
            Map.entry("otherHandling.noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            Map.entry("otherHandling.feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            Map.entry("otherHandling.other", "其他"));

    public static final Map<String, String> ACTIVE_DISCLOSURE_GROUPS = Map.of(
            "regulations", "规章",
            "normativeDocuments", "规范性文件",
            "licensing", "行政许可",
            "otherServices", "其他对外管理服务事项",
            "penalties", "行政处罚",
            "enforcement", "行政强制",
            "fees", "行政事业性收费",
            "procurement", "政府集中采购");

    /** the validator's names of the Table 4 groups, so that exports and issue messages say the same */
    public static final Map<String, String> REVIEW_LITIGATION_GROUPS = TableLabels.T4_GROUPS;

    private RowLabels() {}

    public static String applicationSubRow(String group, String name) {
        return APPLICATION_SUB_ROWS.getOrDefault(group + "." + name, name);
    }
}
