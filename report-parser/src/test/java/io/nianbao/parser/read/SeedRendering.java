package io.nianbao.parser.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;

/**
 * Lays out a seed's expected tables (2019 template) as a report: headings, a line of prose, and the three
 * tables as grids in the official layout (merged positions empty). The PDF and DOCX renderers draw it.
 */
final class SeedRendering {

    /** A paragraph (table == null) or a table grid. */
    record Block(String paragraph, List<List<String>> table, int labelColumns) {
        static Block p(String text) {
            return new Block(text, null, 0);
        }
    }

    private SeedRendering() {
    }

    static List<Block> blocks(ParsedReport r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.p(r.title));
        blocks.add(Block.p("一、总体情况"));
        blocks.add(Block.p(r.year + "年，" + r.organization + "认真贯彻落实《条例》，扎实推进政府信息公开工作。"));
        blocks.add(Block.p("二、主动公开政府信息情况"));
        blocks.add(new Block(null, activeDisclosure(r.tables.activeDisclosure), 1));
        blocks.add(Block.p("三、收到和处理政府信息公开申请情况"));
        blocks.add(new Block(null, applications(r.tables.applications), 2));
        blocks.add(Block.p("四、政府信息公开行政复议、行政诉讼情况"));
        blocks.add(new Block(null, reviewLitigation(r.tables.reviewLitigation), 0));
        blocks.add(Block.p("五、存在的主要问题及改进情况"));
        blocks.add(Block.p("政务公开工作仍需加强。"));
        blocks.add(Block.p("六、其他需要报告的事项"));
        blocks.add(Block.p("无。"));
        return blocks;
    }

    private static List<List<String>> activeDisclosure(ActiveDisclosure t) {
        List<List<String>> g = new ArrayList<>();
        g.add(row("第二十条第（一）项", "", "", ""));
        g.add(row("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
        g.add(row("规章", f(t, "regulations", "made"), f(t, "regulations", "published"), f(t, "regulations", "totalPublished")));
        g.add(row("规范性文件", f(t, "normativeDocuments", "made"), f(t, "normativeDocuments", "published"),
                f(t, "normativeDocuments", "totalPublished")));
        g.add(row("第二十条第（五）项", "", "", ""));
        g.add(row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        g.add(counts(t, "行政许可", "licensing"));
        g.add(counts(t, "其他对外管理服务事项", "otherServices"));
        g.add(row("第二十条第（六）项", "", "", ""));
        g.add(row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        g.add(counts(t, "行政处罚", "penalties"));
        g.add(counts(t, "行政强制", "enforcement"));
        g.add(row("第二十条第（八）项", "", "", ""));
        g.add(row("信息内容", "上一年项目数量", "本年增/减", ""));
        g.add(row("行政事业性收费", f(t, "fees", "previousCount"), f(t, "fees", "change"), ""));
        g.add(row("第二十条第（九）项", "", "", ""));
        g.add(row("信息内容", "采购项目数量", "采购总金额", ""));
        g.add(row("政府集中采购", f(t, "procurement", "projects"), f(t, "procurement", "amountWan") + "万元", ""));
        return g;
    }

    private static List<String> counts(ActiveDisclosure t, String label, String group) {
        return row(label, f(t, group, "previousCount"), f(t, group, "change"), f(t, group, "decisions"));
    }

    private static List<List<String>> applications(Applications t) {
        List<List<String>> g = new ArrayList<>();
        g.add(row("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""));
        g.add(row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"));
        g.add(row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        g.add(values(row("一、本年新收政府信息公开申请数量", "", ""), t.newReceived));
        g.add(values(row("二、上年结转政府信息公开申请数量", "", ""), t.carriedOver));
        g.add(values(row("三、本年度办理结果", "（一）予以公开", ""), t.granted));
        g.add(values(row("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""), t.partiallyGranted));
        group(g, "（三）不予公开", t.denied, Applications.DENIED_ROWS, List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开",
                "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                "7.属于行政执法案卷", "8.属于行政查询事项"));
        group(g, "（四）无法提供", t.unavailable, Applications.UNAVAILABLE_ROWS,
                List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"));
        group(g, "（五）不予处理", t.notProcessed, Applications.NOT_PROCESSED_ROWS, List.of("1.信访举报投诉类申请",
                "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"));
        g.add(values(row("", "（六）其他处理", ""), t.otherHandling.get("other")));
        g.add(values(row("", "（七）总计", ""), t.total));
        g.add(values(row("四、结转下年度继续办理", "", ""), t.carriedForward));
        return g;
    }

    private static void group(List<List<String>> g, String title, Map<String, List<Long>> rows, List<String> keys,
                              List<String> labels) {
        for (int i = 0; i < keys.size(); i++) {
            g.add(values(row("", i == 0 ? title : "", labels.get(i)), rows.get(keys.get(i))));
        }
    }

    private static List<List<String>> reviewLitigation(ReviewLitigation t) {
        List<List<String>> g = new ArrayList<>();
        g.add(row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""));
        g.add(row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""));
        g.add(row("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        List<String> numbers = new ArrayList<>();
        for (List<Long> part : List.of(t.administrativeReview, t.litigationDirect, t.litigationAfterReview)) {
            part.forEach(v -> numbers.add(v == null ? "" : v.toString()));
        }
        g.add(numbers);
        return g;
    }

    private static List<String> row(String... cells) {
        return new ArrayList<>(List.of(cells));
    }

    private static List<String> values(List<String> row, List<Long> values) {
        values.forEach(v -> row.add(v == null ? "" : v.toString()));
        return row;
    }

    private static String f(ActiveDisclosure t, String group, String field) {
        Number n = t.figure(group, field);
        if (n == null) {
            return "";
        }
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
}
