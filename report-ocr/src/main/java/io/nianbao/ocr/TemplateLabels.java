package io.nianbao.ocr;

import java.util.List;

/**
 * The printed words of the official templates (2019 and 2021: headings, column heads, row labels). A label
 * read with a few wrong characters ("亦年新收政府信息公开定请数量") is put back to the template's wording
 * when it is clearly closest to one of them, so that the text parser, which looks for key words, finds its row.
 */
final class TemplateLabels {
    static final List<String> ALL = List.of(
            // Table 2
            "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
            "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "规范性文件", "行政规范性文件",
            "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购",
            "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额", "本年制发件数", "本年废止件数",
            "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）",
            // Table 3
            "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
            "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开", "1.属于国家秘密",
            "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
            "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供",
            "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理",
            "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
            "四、结转下年度继续办理",
            // Table 4
            "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "其他");

    private static final List<String> T3_HEAD = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密",
            "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
            "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
            "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息");

    /** the labels of the rows that carry figures, in the order each table of each template prints them */
    static final List<List<String>> ROW_ORDERS = List.of(
            List.of("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"),
            List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"),
            concat(T3_HEAD, List.of("（六）其他处理", "（七）总计", "四、结转下年度继续办理")),
            concat(T3_HEAD, List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
                    "四、结转下年度继续办理")));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * The label of the row at {@code index} of a table's figure rows, from its neighbours when it could not be
     * read: every template in which the rows read around it stand with just as many rows between them must
     * agree on it. Null when they do not, or when no template fits.
     */
    static String byOrder(List<String> rowLabels, int index) {
        String answer = null;
        double best = -1;
        boolean tie = false;
        for (List<String> order : ROW_ORDERS) {
            String guess = guess(order, rowLabels, index);
            if (guess == null || guess.equals(answer)) {
                continue;
            }
            // templates that disagree (规范性文件 / 行政规范性文件): the one closer to what was read
            double s = similarity(strip(rowLabels.get(index)), strip(guess));
            if (s > best) {
                tie = false;
                best = s;
                answer = guess;
            } else if (s == best) {
                tie = true;
            }
        }
        return tie ? null : answer;
    }

    private static String guess(List<String> order, List<String> rows, int index) {
        for (int p = index - 1; p >= 0; p--) {
            int at = order.indexOf(rows.get(p));
            if (at >= 0) {
                int i = at + (index - p);
                return i < order.size() && consistentAfter(order, rows, index, i) ? order.get(i) : null;
            }
        }
        for (int n = index + 1; n < rows.size(); n++) {
            int at = order.indexOf(rows.get(n));
            if (at >= 0) {
                int i = at - (n - index);
                return i >= 0 ? order.get(i) : null;
            }
        }
        return null;
    }

    /** the next row read after the guessed one must sit where the template puts it (if it is known at all) */
    private static boolean consistentAfter(List<String> order, List<String> rows, int index, int at) {
        for (int n = index + 1; n < rows.size(); n++) {
            int known = order.indexOf(rows.get(n));
            if (known >= 0) {
                return known == at + (n - index);
            }
        }
        return at == order.size() - 1 - (rows.size() - 1 - index);
    }

    private TemplateLabels() {}

    /** The template's wording of a label read by OCR, or the text as read when none is clearly meant. */
    static String correct(String read) {
        String key = strip(read);
        int n = key.codePointCount(0, key.length());
        if (n < 2) {
            return read;
        }
        String best = null;
        double bestSimilarity = 0;
        double second = 0;
        for (String label : ALL) {
            double s = similarity(key, strip(label));
            if (s > bestSimilarity) {
                second = bestSimilarity;
                bestSimilarity = s;
                best = label;
            } else if (s > second) {
                second = s;
            }
        }
        double needed = n <= 3 ? 0.6 : 0.5;
        return best != null && bestSimilarity >= needed && bestSimilarity > second ? best : read;
    }

    /** Without numbering, brackets and punctuation, which OCR reads least reliably and which carry no meaning. */
    static String strip(String s) {
        return s.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s“”‘’（）【】《》〈〉、，。：；]", "")
                .replaceAll("^(\\d{1,2}|[一二三四五六七八九十]{1,2})(?=\\D)", "");
    }

    /** 1 − edit distance / the longer length */
    static double similarity(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[y.length] / Math.max(x.length, y.length);
    }
}
