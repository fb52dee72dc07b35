package io.nianbao.parser.narrative;

import java.util.regex.Pattern;

/**
 * Tells a line that belongs to a table from a prose line. Figures must come from sentences: a table
 * row (TAB-separated cells, a Markdown pipe row, a PDF-like row of space-separated numbers, a lone
 * cell value) is never read for prose figures.
 *
 * <p>This runs on every line of every report, so it is written out by hand over the characters; the
 * regex forms of what it does are kept below as the definition (a test checks the two agree).
 */
final class TableLines {

    /** a bare cell value; {@link #isCellValue} is the same test without the regex */
    static final Pattern CELL_VALUE =
            Pattern.compile("[+\\-－—–增减]?[0-9,.]+(?:万元|亿元|%)?|[-－—–/／]|无");
    /** what separates the words of a line; {@link #isSpace} is the same test */
    static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private static final String SIGNS = "+-－—–增减";
    private static final String LONE_MARKS = "-－—–/／";

    private TableLines() {
    }

    /** @param line a line of the normalised (Simplified, ASCII-digit) text */
    static boolean isTableLine(String line) {
        char[] chars = line.toCharArray();
        return isTableLine(chars, 0, chars.length);
    }

    /** @param line holds the line in {@code [from, to)} */
    static boolean isTableLine(char[] line, int from, int to) {
        int begin = from;
        int end = to;
        for (int i = from; i < to; i++) {
            if (line[i] == '\t') {
                return true;
            }
        }
        // as String.strip()
        while (begin < end && Character.isWhitespace(line[begin])) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(line[end - 1])) {
            end--;
        }
        if (begin < end && line[begin] == '|') {
            return true;
        }
        int pipes = 0;
        for (int i = begin; i < end; i++) {
            if (line[i] == '|' && ++pipes >= 2) {
                return true;
            }
        }
        // the words are the runs between spaces; the stripped line neither starts nor ends with a space
        int tokens = 0;
        int values = 0;
        int i = begin;
        while (i < end) {
            int start = i;
            while (i < end && !isSpace(line[i])) {
                i++;
            }
            tokens++;
            if (isCellValue(line, start, i) && ++values >= 2) {
                return true; // two or more bare values on a line is a table row
            }
            while (i < end && isSpace(line[i])) {
                i++;
            }
        }
        if (begin == end) {
            tokens = 1; // splitting "" gives [""]
        }
        // a line that is a single bare value is a cell
        return tokens == 1 && values == 1;
    }

    /** a character of the regex class [\s\u3000] */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
    }

    /** whether {@code [from, to)} matches {@link #CELL_VALUE} as a whole */
    static boolean isCellValue(char[] s, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return false;
        }
        if (n == 1 && (s[from] == '无' || LONE_MARKS.indexOf(s[from]) >= 0)) {
            return true;
        }
        int i = from;
        if (SIGNS.indexOf(s[i]) >= 0) {
            i++;
        }
        int digits = i;
        while (i < to && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '.')) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        int rest = to - i;
        return rest == 0
                || rest == 1 && s[i] == '%'
                || rest == 2 && (s[i] == '万' || s[i] == '亿') && s[i + 1] == '元';
    }
}
