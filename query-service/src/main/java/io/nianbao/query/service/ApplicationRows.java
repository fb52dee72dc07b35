package io.nianbao.query.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nianbao.contracts.model.Applications;

/**
 * The rows of Table 3 in the official order with their keys ("newReceived", "denied.stateSecret" …)
 * and Chinese labels, shared by the cell rows, the exports and the console.
 */
public final class ApplicationRows {
    public record Row(String key, String label, List<Long> cells) {}

    private ApplicationRows() {}

    public static List<Row> of(Applications t) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("newReceived", "一、本年新收政府信息公开申请数量", t.newReceived));
        rows.add(new Row("carriedOver", "二、上年结转政府信息公开申请数量", t.carriedOver));
        rows.add(new Row("granted", "三、本年度办理结果（一）予以公开", t.granted));
        rows.add(new Row("partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", t.partiallyGranted));
        group(rows, "denied", "（三）不予公开", t.denied);
        group(rows, "unavailable", "（四）无法提供", t.unavailable);
        group(rows, "notProcessed", "（五）不予处理", t.notProcessed);
        group(rows, "otherHandling", "（六）其他处理", t.otherHandling);
        rows.add(new Row("total", "（七）总计", t.total));
        rows.add(new Row("carriedForward", "四、结转下年度继续办理", t.carriedForward));
        return rows;
    }

    private static void group(List<Row> rows, String group, String groupLabel, Map<String, List<Long>> members) {
        if (members == null) {
            return;
        }
        members.forEach((name, cells) -> rows.add(new Row(group + "." + name,
                groupLabel + " " + RowLabels.applicationSubRow(group, name), cells)));
    }
}
