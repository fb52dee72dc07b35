package io.nianbao.rules.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.nianbao.contracts.model.Applications;

/**
 * The rows of a PRESENT Table 3 in printed order, each with its path (parsed-report.md) and the
 * label a report author knows. The template is told by the 其他处理 rows actually present.
 */
public final class ApplicationRows {

    public record Row(String path, String label, List<Long> cells, boolean result) {}

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    static {
        LABELS.put("newReceived", "一、本年新收政府信息公开申请数量");
        LABELS.put("carriedOver", "二、上年结转政府信息公开申请数量");
        LABELS.put("granted", "（一）予以公开");
        LABELS.put("partiallyGranted", "（二）部分公开");
        LABELS.put("denied.stateSecret", "（三）不予公开·1.属于国家秘密");
        LABELS.put("denied.prohibitedByLaw", "（三）不予公开·2.其他法律行政法规禁止公开");
        LABELS.put("denied.endangersSecurity", "（三）不予公开·3.危及“三安全一稳定”");
        LABELS.put("denied.thirdPartyRights", "（三）不予公开·4.保护第三方合法权益");
        LABELS.put("denied.internalAffairs", "（三）不予公开·5.属于三类内部事务信息");
        LABELS.put("denied.processInformation", "（三）不予公开·6.属于四类过程性信息");
        LABELS.put("denied.enforcementRecords", "（三）不予公开·7.属于行政执法案卷");
        LABELS.put("denied.administrativeQuery", "（三）不予公开·8.属于行政查询事项");
        LABELS.put("unavailable.notHeld", "（四）无法提供·1.本机关不掌握相关政府信息");
        LABELS.put("unavailable.requiresCreation", "（四）无法提供·2.没有现成信息需要另行制作");
        LABELS.put("unavailable.unclear", "（四）无法提供·3.补正后申请内容仍不明确");
        LABELS.put("notProcessed.petition", "（五）不予处理·1.信访举报投诉类申请");
        LABELS.put("notProcessed.duplicate", "（五）不予处理·2.重复申请");
        LABELS.put("notProcessed.publication", "（五）不予处理·3.要求提供公开出版物");
        LABELS.put("notProcessed.excessive", "（五）不予处理·4.无正当理由大量反复申请");
        LABELS.put("notProcessed.confirmation", "（五）不予处理·5.要求行政机关确认或重新出具已获取信息");
        LABELS.put("otherHandling.noCorrection", "（六）其他处理·1.申请人逾期不补正");
        LABELS.put("otherHandling.feeUnpaid", "（六）其他处理·2.申请人逾期未缴纳费用");
        LABELS.put("otherHandling.other", "（六）其他处理");
        LABELS.put("total", "（七）总计");
        LABELS.put("carriedForward", "四、结转下年度继续办理");
    }

    /** Chinese column headings, in {@link Applications#COLUMNS} order. */
    public static final List<String> COLUMN_LABELS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    private ApplicationRows() {}

    /** Every row of the table; a row the parser did not fill is there with null cells. */
    public static List<Row> of(Applications t) {
        boolean t2021 = t.otherHandling != null
                && (t.otherHandling.containsKey("noCorrection") || t.otherHandling.containsKey("feeUnpaid"));
        List<Row> rows = new ArrayList<>();
        rows.add(row("newReceived", t.newReceived, false));
        rows.add(row("carriedOver", t.carriedOver, false));
        rows.add(row("granted", t.granted, true));
        rows.add(row("partiallyGranted", t.partiallyGranted, true));
        group(rows, "denied", t.denied, Applications.DENIED_ROWS);
        group(rows, "unavailable", t.unavailable, Applications.UNAVAILABLE_ROWS);
        group(rows, "notProcessed", t.notProcessed, Applications.NOT_PROCESSED_ROWS);
        group(rows, "otherHandling", t.otherHandling,
                t2021 ? Applications.OTHER_HANDLING_ROWS_2021 : Applications.OTHER_HANDLING_ROWS_2019);
        rows.add(row("total", t.total, false));
        rows.add(row("carriedForward", t.carriedForward, false));
        return rows;
    }

    public static String label(String rowPath) {
        return LABELS.getOrDefault(rowPath, rowPath);
    }

    private static void group(List<Row> rows, String group, Map<String, List<Long>> cells, List<String> names) {
        for (String name : names) {
            rows.add(row(group + "." + name, cells == null ? null : cells.get(name), true));
        }
    }

    private static Row row(String path, List<Long> cells, boolean result) {
        return new Row(path, LABELS.get(path), cells, result);
    }
}
