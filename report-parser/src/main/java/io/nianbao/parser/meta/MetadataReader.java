package io.nianbao.parser.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nianbao.contracts.model.Template;
import io.nianbao.parser.text.Chars;

/**
 * Reads title, issuing body and statistical year. The title is the first short line naming a year and
 * "政府信息公开…报告"; the body is the part of the title before (or after) the year; without a title the body is
 * taken from the preamble ("由X编制", "来源：X") or the first sentence of the summary ("2020年，X以…"). The year
 * comes from the title, else the statistical period (统计期限…至2020年12月31日), else the year the prose names
 * most often — never the publication date.
 */
public final class MetadataReader {
    private static final int TITLE_SEARCH_LINES = 80;
    private static final Pattern TITLE = Pattern.compile(
            "^(.{0,40}?)((?:19|20)\\d{2})\\s*年度?(.{0,30}?)政(?:府信息|务)公开.{0,8}?报告");
    /** a title without a year: "X市人民政府政府信息公开工作年度报告" */
    private static final Pattern TITLE_NO_YEAR = Pattern.compile("^(.{2,40}?)(?:关于)?政府信息公开工作.{0,4}?报告$");
    // compiled once: String.replaceAll compiles its pattern on every call
    private static final Pattern TITLE_MARKUP = Pattern.compile("[#*《》<>【】\\[\\]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ORG_PUNCTUATION = Pattern.compile("^[\\s:：,，.。、\"“”]+|[\\s:：,，.。、\"“”的]+$");
    private static final Pattern ORG_ABOUT = Pattern.compile("^关于|关于$");
    private static final Pattern ORG_DU = Pattern.compile("度$");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(标题|题目|名称|报告下载|附件)[:：]\\s*");
    private static final String ORG_SUFFIX =
            "(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|办公室|办公厅|管理委员会|管委会|委员会|政府|局|厅|委|署|中心|院|所|站|办)";
    private static final String ORG = "([\\u4e00-\\u9fff（）()]{2,30}?" + ORG_SUFFIX + ")";
    private static final Pattern COMPILED_BY = Pattern.compile("由" + ORG + "(?:负责)?编制");
    private static final Pattern SOURCE = Pattern.compile("来源[:：]\\s*" + ORG + "(?![\\u4e00-\\u9fff])");
    private static final Pattern SUMMARY_SUBJECT = Pattern.compile(
            "(?:19|20)\\d{2}年度?[,，]\\s*" + ORG
                    + "(?=以|坚持|认真|深入|全面|紧紧|严格|按照|始终|高度|积极|在|围绕|持续|进一步|聚焦|紧扣|把|将|不断|切实|扎实|着力|主动|依法|继续)");
    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|期间|时限|区间|时间|范围)[^。]{0,30}?至\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern PERIOD_FROM = Pattern.compile(
            "统计(?:期限|期间|时限|区间|时间|范围)[^。]{0,10}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月");
    private static final Pattern YEAR_MENTION = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    private static final Pattern NOTICE_2021 = Pattern.compile("〔2021〕\\s*30\\s*号|\\[2021]\\s*30\\s*号");
    private static final Pattern NOTICE_2019 = Pattern.compile("〔2019〕\\s*60\\s*号|\\[2019]\\s*60\\s*号");

    /**
     * @param lines the report's lines, already Simplified
     */
    public Metadata read(List<String> lines) {
        String title = null;
        String organization = null;
        Integer year = null;
        Matcher untitled = null;
        for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH_LINES) && title == null; i++) {
            String raw = lines.get(i);
            if (raw.length() > 120 || raw.indexOf('\t') >= 0 || !raw.contains("报告")) {
                continue;
            }
            String line = Chars.halfWidth(raw).strip();
            if (line.length() > 80) {
                continue;
            }
            line = TITLE_PREFIX.matcher(TITLE_MARKUP.matcher(line).replaceAll("").strip()).replaceAll("");
            String compact = SPACES.matcher(line).replaceAll("");
            Matcher m = TITLE.matcher(compact);
            if (m.find()) {
                title = m.group(0);
                year = Integer.valueOf(m.group(2));
                organization = organizationOfTitle(m.group(1), m.group(3));
            } else if (untitled == null && (m = TITLE_NO_YEAR.matcher(compact)).find()) {
                untitled = m;
            }
        }
        if (title == null && untitled != null) {
            title = untitled.group(0);
            organization = organizationOfTitle(untitled.group(1), "");
        }
        String prose = joinedHead(lines);
        if (organization == null) {
            organization = firstGroup(prose, COMPILED_BY, SOURCE, SUMMARY_SUBJECT);
        }
        if (year == null) {
            year = statisticalYear(prose);
        }
        String notice = foundFrom(NOTICE_2021, prose, 1, "2021〕", "2021]") ? Template.T2021
                : foundFrom(NOTICE_2019, prose, 1, "2019〕", "2019]") ? Template.T2019 : null;
        return new Metadata(title, organization, year, notice);
    }

    /**
     * {@code pattern.matcher(text).find()}, starting the search where it can first succeed: every match holds one
     * of the {@code literals} {@code lead} characters after its start, so none starts before the first of them
     * minus {@code lead} (the preamble is scanned for two notices; most of it holds neither).
     */
    private static boolean foundFrom(Pattern pattern, String text, int lead, String... literals) {
        int first = -1;
        for (String literal : literals) {
            int at = text.indexOf(literal);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first >= 0 && pattern.matcher(text).find(Math.max(0, first - lead));
    }

    private static String organizationOfTitle(String before, String after) {
        String org = clean(before);
        if (org.isEmpty()) {
            org = clean(after); // "2019年X政府信息公开…": the body follows the year
        }
        return org.isEmpty() ? null : org;
    }

    private static String clean(String s) {
        String t = ORG_PUNCTUATION.matcher(s).replaceAll("");
        t = ORG_ABOUT.matcher(t).replaceAll("");
        return ORG_DU.matcher(t).replaceAll("");
    }

    /** the first 6000 characters with line breaks removed, so that a hard-wrapped sentence reads whole */
    private static String joinedHead(List<String> lines) {
        StringBuilder b = new StringBuilder(6400);
        for (String line : lines) {
            if (b.length() > 6000) {
                break;
            }
            b.append(Chars.halfWidth(line).strip());
        }
        return b.toString();
    }

    /** group 1 of the first pattern (in order of trust) that matches */
    private static String firstGroup(String text, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static Integer statisticalYear(String text) {
        Matcher m = PERIOD.matcher(text);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = PERIOD_FROM.matcher(text);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        Map<Integer, Integer> counts = new HashMap<>();
        m = YEAR_MENTION.matcher(text);
        Integer best = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int c = counts.merge(y, 1, Integer::sum);
            if (best == null || c > counts.get(best) || (c == counts.get(best) && y < best)) {
                best = y;
            }
        }
        return best;
    }
}
