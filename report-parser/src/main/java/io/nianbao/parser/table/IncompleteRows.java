package io.nianbao.parser.table;

import java.util.List;
import java.util.Map;

/** Tells the report's author which rows of a PRESENT table could not be read in full (their cells stay null). */
final class IncompleteRows {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("regulations", "规章"), Map.entry("normativeDocuments", "规范性文件"),
            Map.entry("licensing", "行政许可"), Map.entry("otherServices", "其他对外管理服务事项"),
            Map.entry("penalties", "行政处罚"), Map.entry("enforcement", "行政强制"),
            Map.entry("fees", "行政事业性收费"), Map.entry("procurement", "政府集中采购"),
            Map.entry("newReceived", "一、本年新收政府信息公开申请数量"), Map.entry("carriedOver", "二、上年结转政府信息公开申请数量"),
            Map.entry("granted", "（一）予以公开"), Map.entry("partiallyGranted", "（二）部分公开"),
            Map.entry("denied.stateSecret", "属于国家秘密"), Map.entry("denied.prohibitedByLaw", "其他法律行政法规禁止公开"),
            Map.entry("denied.endangersSecurity", "危及“三安全一稳定”"), Map.entry("denied.thirdPartyRights", "保护第三方合法权益"),
            Map.entry("denied.internalAffairs", "属于三类内部事务信息"), Map.entry("denied.processInformation", "属于四类过程性信息"),
            Map.entry("denied.enforcementRecords", "属于行政执法案卷"), Map.entry("denied.administrativeQuery", "属于行政查询事项"),
            Map.entry("unavailable.notHeld", "本机关不掌握相关政府信息"), Map.entry("unavailable.requiresCreation", "没有现成信息需要另行制作"),
            Map.entry("unavailable.unclear", "补正后申请内容仍不明确"), Map.entry("notProcessed.petition", "信访举报投诉类申请"),
            Map.entry("notProcessed.duplicate", "重复申请"), Map.entry("notProcessed.publication", "要求提供公开出版物"),
            Map.entry("notProcessed.excessive", "无正当理由大量反复申请"),
            Map.entry("notProcessed.confirmation", "要求行政机关确认或重新出具已获取信息"),
            Map.entry("otherHandling.noCorrection", "申请人无正当理由逾期不补正"), Map.entry("otherHandling.feeUnpaid", "申请人逾期未按收费通知要求缴纳费用"),
            Map.entry("otherHandling.other", "（六）其他处理/其他"), Map.entry("total", "（七）总计"),
            Map.entry("carriedForward", "四、结转下年度继续办理"), Map.entry("reviewLitigation", "行政复议、行政诉讼"));

    private IncompleteRows() {}

    /**
     * @param row  the row's JSON name
     * @param read how many cells were read, or -1 when the row's label was not found at all
     */
    static void check(String table, String row, int read, int expected, List<String> notes) {
        String name = NAMES.getOrDefault(row, row);
        if (read < 0) {
            notes.add(table + "未找到“" + name + "”行，该行各格为空");
        } else if (read < expected) {
            notes.add(table + "“" + name + "”行只读到" + read + "个数（应有" + expected + "个），缺少的格为空");
        }
    }
}
