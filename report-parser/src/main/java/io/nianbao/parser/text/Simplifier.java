package io.nianbao.parser.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Converts Traditional characters to Simplified before labels are matched. The conversion is
 * skipped for text that holds none of the common Traditional characters of these reports, because
 * opencc is by far the slowest step of a parse and almost every report is already Simplified.
 */
public final class Simplifier {
    /** Traditional forms of characters that every report uses many times (報告, 公開, 申請, 處理 …). */
    private static final String TRADITIONAL_MARKERS = "報開請處複議訟結關與資數總計審門條務據紀錄辦爲為於實國當區縣經濟並";

    /** the markers as a lookup table: this scan runs over every character of every report */
    private static final boolean[] IS_MARKER = new boolean[0x10000];

    static {
        for (int i = 0; i < TRADITIONAL_MARKERS.length(); i++) {
            IS_MARKER[TRADITIONAL_MARKERS.charAt(i)] = true;
        }
    }

    private Simplifier() {}

    public static boolean looksTraditional(String text) {
        int hits = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (IS_MARKER[text.charAt(i)] && ++hits >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The text in Simplified characters (the same string when it has no Traditional characters). */
    public static String toSimplified(String text) {
        if (text == null || text.isEmpty() || !looksTraditional(text)) {
            return text;
        }
        return ZhConverterUtil.toSimple(text);
    }
}
