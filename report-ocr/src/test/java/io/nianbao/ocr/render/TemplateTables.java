package io.nianbao.ocr.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ReviewLitigation;

/**
 * Lays the three tables of a report out like the official 2019 template (国办公开办函〔2019〕60号): the same
 * headings, row labels, merged group cells and column order, filled with the report's figures.
 */
public final class TemplateTables {
    private TemplateTables() {}

    public static GridTable activeDisclosure(ActiveDisclosure t) {
        GridTable g = new GridTable(12, 8, 8, 8);
        int r = 0;
        r = group(g, r, "第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"));
        r = figures(g, r, "规章", t, "regulations", "made", "published", "totalPublished");
        r = figures(g, r, "规范性文件", t, "normativeDocuments", "made", "published", "totalPublished");
        r = group(g, r, "第二十条第（五）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"));
        r = figures(g, r, "行政许可", t, "licensing", "previousCount", "change", "decisions");
        r = figures(g, r, "其他对外管理服务事项", t, "otherServices", "previousCount", "change", "decisions");
        r = group(g, r, "第二十条第（六）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"));
        r = figures(g, r, "行政处罚", t, "penalties", "previousCount", "change", "decisions");
        r = figures(g, r, "行政强制", t, "enforcement", "previousCount", "change", "decisions");
        r = group(g, r, "第二十条第（八）项", List.of("上一年项目数量", "本年增/减", ""));
        r = figures(g, r, "行政事业性收费", t, "fees", "previousCount", "change", null);
        r = group(g, r, "第二十条第（九）项", List.of("采购项目数量", "采购总金额", ""));
        figures(g, r, "政府集中采购", t, "procurement", "projects", "amountWan", null);
        return g;
    }

    private static int group(GridTable g, int r, String article, List<String> heads) {
        g.cell(article, r, 0, 1, 4, true);
        g.row(r + 1, 0, 1, "信息内容", heads);
        return r + 2;
    }

    private static int figures(GridTable g, int r, String label, ActiveDisclosure t, String group, String... fields) {
        List<String> cells = new ArrayList<>();
        for (String f : fields) {
            cells.add(f == null ? "" : print(t.figure(group, f)));
        }
        g.row(r, 0, 1, label, cells);
        return r + 1;
    }

    public static GridTable applications(Applications t) {
        GridTable g = new GridTable(3.2, 5.2, 13, 4, 4, 4, 4, 4, 3, 4);
        g.cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 0, 0, 3, 3, true);
        g.cell("申请人情况", 0, 3, 1, 7, true);
        g.cell("自然人", 1, 3, 2, 1, true);
        g.cell("法人或其他组织", 1, 4, 1, 5, true);
        g.cell("总计", 1, 9, 2, 1, true);
        String[] orgs = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
        for (int i = 0; i < orgs.length; i++) {
            g.cell(orgs[i], 2, 4 + i, 1, 1, true);
        }
        int r = 3;
        g.row(r++, 0, 3, "一、本年新收政府信息公开申请数量", print(t.newReceived));
        g.row(r++, 0, 3, "二、上年结转政府信息公开申请数量", print(t.carriedOver));
        int resultsStart = r;
        g.row(r++, 1, 2, "（一）予以公开", print(t.granted));
        g.row(r++, 1, 2, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", print(t.partiallyGranted));
        r = subRows(g, r, "（三）不予公开", t.denied, List.of("属于国家秘密", "其他法律行政法规禁止公开",
                "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息",
                "属于行政执法案卷", "属于行政查询事项"));
        r = subRows(g, r, "（四）无法提供", t.unavailable, List.of("本机关不掌握相关政府信息", "没有现成信息需要另行制作",
                "补正后申请内容仍不明确"));
        r = subRows(g, r, "（五）不予处理", t.notProcessed, List.of("信访举报投诉类申请", "重复申请",
                "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"));
        g.row(r++, 1, 2, "（六）其他处理", print(t.otherHandling.get("other")));
        g.row(r++, 1, 2, "（七）总计", print(t.total));
        g.cell("三、本年度办理结果", resultsStart, 0, r - resultsStart, 1, true);
        g.row(r, 0, 3, "四、结转下年度继续办理", print(t.carriedForward));
        return g;
    }

    private static int subRows(GridTable g, int r, String head, Map<String, List<Long>> rows, List<String> labels) {
        g.cell(head, r, 1, labels.size(), 1, true);
        int i = 0;
        for (List<Long> cells : rows.values()) {
            g.row(r + i, 2, 1, (i + 1) + "." + labels.get(i), print(cells));
            i++;
        }
        return r + labels.size();
    }

    public static GridTable reviewLitigation(ReviewLitigation t) {
        GridTable g = new GridTable(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        g.cell("行政复议", 0, 0, 1, 5, true);
        g.cell("行政诉讼", 0, 5, 1, 10, true);
        for (int i = 0; i < 5; i++) {
            g.cell(HEADS.get(i), 1, i, 2, 1, true);
        }
        g.cell("未经复议直接起诉", 1, 5, 1, 5, true);
        g.cell("复议后起诉", 1, 10, 1, 5, true);
        for (int i = 0; i < 10; i++) {
            g.cell(HEADS.get(i % 5), 2, 5 + i, 1, 1, true);
        }
        List<String> figures = new ArrayList<>(print(t.administrativeReview));
        figures.addAll(print(t.litigationDirect));
        figures.addAll(print(t.litigationAfterReview));
        for (int i = 0; i < figures.size(); i++) {
            g.cell(figures.get(i), 3, i, 1, 1, false);
        }
        return g;
    }

    private static final List<String> HEADS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private static List<String> print(List<Long> cells) {
        List<String> out = new ArrayList<>();
        for (Long c : cells) {
            out.add(print(c));
        }
        return out;
    }

    static String print(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double d) {
            return new BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
