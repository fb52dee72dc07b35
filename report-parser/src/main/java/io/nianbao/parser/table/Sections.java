package io.nianbao.parser.table;

import java.util.List;
import java.util.regex.Pattern;

import io.nianbao.parser.text.Chars;

/**
 * Finds the line ranges of the three tables from the report's section headings (二、主动公开政府信息情况,
 * 三、收到和处理政府信息公开申请情况, 四、…行政复议…行政诉讼…, 五、存在的主要问题…), in both official wordings and
 * the older ones (政府信息主动公开情况, 政府信息依申请公开情况, 因政府信息公开工作被申请行政复议、提起行政诉讼的情况).
 * A heading is a short line; a sentence that lists the parts of the report is not one.
 */
public final class Sections {
    /** a table's line range; {@code from} is the line after the heading */
    public record Region(int heading, int from, int to) {}

    private static final Pattern LEADING_MARKUP = Pattern.compile("^[#*>\\s]+|[*\\s]+$");
    private static final Pattern ACTIVE = Pattern.compile("主动公开.{0,8}情况|主动公开政府信息$|政府信息主动公开");
    private static final Pattern REQUESTS = Pattern.compile("(收到和处理|依申请公开).{0,12}情况|收到和处理政府信息公开申请");
    private static final Pattern REVIEW = Pattern.compile("行政复议.{0,12}行政诉讼|行政复议.{0,6}诉讼");
    private static final Pattern AFTER = Pattern.compile(
            "^(五|六)、|存在的?主要问题|存在(的)?问题|改进情况|改进措施|其他需要报告的事项");

    private final Region active;
    private final Region requests;
    private final Region review;

    private Sections(Region active, Region requests, Region review) {
        this.active = active;
        this.requests = requests;
        this.review = review;
    }

    public static Sections find(List<String> lines) {
        int n = lines.size();
        String[] heads = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = headingText(lines.get(i));
        }
        int a = findHeading(heads, lines, ACTIVE, "二、", 0);
        int r = findHeading(heads, lines, REQUESTS, "三、", Math.max(a, 0));
        int v = findHeading(heads, lines, REVIEW, "四、", Math.max(Math.max(a, r), 0));
        // a table without its heading (a heading lost in an image, an unusual wording) starts at its first row
        boolean aFound = a >= 0;
        boolean rFound = r >= 0;
        boolean vFound = v >= 0;
        if (!aFound) {
            a = firstShortLine(lines, ACTIVE_ROW, 0);
        }
        if (!rFound) {
            r = firstShortLine(lines, REQUESTS_ROW, Math.max(a, 0));
        }
        if (!vFound) {
            v = firstShortLine(lines, REVIEW_ROW, Math.max(Math.max(a, r), 0));
        }
        int last = Math.max(Math.max(a, r), v);
        int after = -1;
        if (last >= 0) {
            for (int i = last + 1; i < n; i++) {
                if (heads[i] != null && AFTER.matcher(heads[i]).find() && !heads[i].contains("勾稽")) {
                    after = i;
                    break;
                }
            }
        }
        int end = after >= 0 ? after : n;
        return new Sections(region(a, aFound, r, v, end), region(r, rFound, v, -1, end), region(v, vFound, -1, -1, end));
    }

    private static final Pattern ACTIVE_ROW = Pattern.compile("第二十条第");
    private static final Pattern REQUESTS_ROW = Pattern.compile("申请人情况|本年新收政府信息公开申请");
    private static final Pattern REVIEW_ROW = Pattern.compile("未经复议直接起诉|复议后起诉");

    private static int firstShortLine(List<String> lines, Pattern p, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() < 200 && !TableText.isProse(line) && p.matcher(Chars.labelKey(line)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** null when the line cannot be a heading (too long, a sentence, a table row) */
    static String headingText(String line) {
        // cheap checks first: this runs on every line of the report
        if (line.length() > 80 || !mayBeHeading(line)) {
            return null;
        }
        if (line.indexOf('\t') >= 0 && line.strip().indexOf('\t') >= 0) {
            return null;
        }
        String s = LEADING_MARKUP.matcher(Chars.labelKey(line)).replaceAll("");
        if (s.isEmpty() || s.length() > 40 || s.indexOf('。') >= 0 || s.startsWith("|")) {
            return null;
        }
        return s;
    }

    /** every heading the sections look for names one of these words or starts with a numeral + 、 */
    private static boolean mayBeHeading(String line) {
        // one pass over the line rather than one search per word
        for (int i = 0, n = line.length(); i < n; i++) {
            switch (line.charAt(i)) {
                case '、':
                    return true;
                case '情':
                    if (line.startsWith("情况", i)) {
                        return true;
                    }
                    break;
                case '问':
                    if (line.startsWith("问题", i)) {
                        return true;
                    }
                    break;
                case '事':
                    if (line.startsWith("事项", i)) {
                        return true;
                    }
                    break;
                case '措':
                    if (line.startsWith("措施", i)) {
                        return true;
                    }
                    break;
                case '复':
                    if (line.startsWith("复议", i)) {
                        return true;
                    }
                    break;
                case '主':
                    if (line.startsWith("主动公开", i)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * The heading line of a table. A report may list its headings twice — a table of contents, then the sections
     * — so a heading followed by content is preferred over one followed directly by another heading; among those
     * the one with the table's numeral (二、/三、/四、) comes first.
     */
    private static int findHeading(String[] heads, List<String> lines, Pattern p, String numeral, int from) {
        int numberedWithContent = -1;
        int withContent = -1;
        int numbered = -1;
        int first = -1;
        for (int i = from; i < heads.length; i++) {
            if (heads[i] == null || !p.matcher(heads[i]).find()) {
                continue;
            }
            boolean content = followedByContent(heads, lines, i);
            boolean isNumbered = heads[i].startsWith(numeral);
            if (content && isNumbered && numberedWithContent < 0) {
                numberedWithContent = i;
            }
            if (content && withContent < 0) {
                withContent = i;
            }
            if (isNumbered && numbered < 0) {
                numbered = i;
            }
            if (first < 0) {
                first = i;
            }
        }
        return numberedWithContent >= 0 ? numberedWithContent : withContent >= 0 ? withContent
                : numbered >= 0 ? numbered : first;
    }

    /** whether the first non-blank line after {@code i} is something other than another section heading */
    private static boolean followedByContent(String[] heads, List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            String h = heads[j];
            return h == null || !(ACTIVE.matcher(h).find() || REQUESTS.matcher(h).find() || REVIEW.matcher(h).find()
                    || AFTER.matcher(h).find() || h.matches("^[一二三四五六]、.*"));
        }
        return false;
    }

    private static Region region(int heading, boolean isHeading, int next1, int next2, int end) {
        if (heading < 0) {
            return null;
        }
        int to = end;
        for (int next : new int[] {next1, next2}) {
            if (next > heading && next < to) {
                to = next;
            }
        }
        int from = isHeading ? heading + 1 : heading;
        return new Region(heading, from, Math.max(to, from));
    }

    public Region active() {
        return active;
    }

    public Region requests() {
        return requests;
    }

    public Region review() {
        return review;
    }
}
