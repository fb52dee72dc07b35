package io.nianbao.parser.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nianbao.parser.text.Chars;

/** Classifies the text of one cell: a figure (with sign, thousands separators, unit), a placeholder, text … */
public final class CellReader {
    private static final Pattern NUMBER = Pattern.compile(
            "(新增|增加|减少|增|减|[+\\-])?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万元|亿元|元|万件|万|件|个|项|起|条|宗)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("-+|—+|–+|/|无|持平|\\\\");
    private static final Pattern IMAGE = Pattern.compile(
            "(?i)(\\.(jpe?g|png|gif|bmp|webp|tiff?)\\b|<img|\\[image]|data:image)");
    /** "3.其他", "1、属于国家秘密": a numbered label, not a figure with a note */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^\\d{1,2}[.、]\\D.*");

    private CellReader() {}

    public static Cell read(String raw, int line, boolean tabular) {
        return read(raw, line, -1, tabular);
    }

    /** @param column where {@code raw} starts in its line, or -1 */
    public static Cell read(String raw, int line, int column, boolean tabular) {
        String s = compact(raw);
        if (s.isEmpty()) {
            return new Cell(raw, CellKind.EMPTY, null, null, false, false, line, tabular, column);
        }
        // fast paths for the two common cases, a plain figure and a label (this runs on every cell)
        if (s.length() <= 18 && allDigits(s)) {
            return new Cell(raw, CellKind.VALUE, new BigDecimal(s), null, false, false, line, tabular, column);
        }
        if (s.length() > 1 && Chars.isCjk(s.charAt(0)) && !hasDigitOrMarkup(s)) {
            return new Cell(raw, CellKind.TEXT, null, null, false, false, line, tabular, column);
        }
        if (PLACEHOLDER.matcher(s).matches()) {
            return new Cell(raw, CellKind.VALUE, BigDecimal.ZERO, null, true, false, line, tabular, column);
        }
        Matcher m = NUMBER.matcher(s);
        if (m.matches()) {
            BigDecimal n = new BigDecimal(m.group(2).replace(",", ""));
            String sign = m.group(1);
            boolean negative = sign != null && (sign.equals("-") || sign.startsWith("减"));
            String unit = m.group(3);
            if (unit != null && !unit.startsWith("万") && !unit.endsWith("元") && !unit.equals("亿元")) {
                unit = null; // a counting word (件, 个 …) says nothing about the scale
            }
            if ("万件".equals(unit)) {
                unit = "万";
            }
            return new Cell(raw, CellKind.VALUE, negative ? n.negate() : n, unit, false, sign != null, line, tabular, column);
        }
        if (IMAGE.matcher(s).find()) {
            return new Cell(raw, CellKind.IMAGE, null, null, false, false, line, tabular, column);
        }
        if (looksLikeBadFigure(s)) {
            return new Cell(raw, CellKind.ODD, null, null, false, false, line, tabular, column);
        }
        return new Cell(raw, CellKind.TEXT, null, null, false, false, line, tabular, column);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** digits, or the characters an image reference needs (file extension dot, tag, bracket) */
    private static boolean hasDigitOrMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == '<' || c == '[' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** half-width, without spaces (a figure padded with &nbsp; or split "1 344" reads as one) */
    static String compact(String raw) {
        if (alreadyCompact(raw)) {
            return raw; // the common case (this runs on every cell, some twice): no copy
        }
        String h = Chars.halfWidth(raw);
        StringBuilder b = new StringBuilder(h.length());
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u200B' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** nothing {@link #compact} would change: no space of any kind, no full-width form */
    private static boolean alreadyCompact(String raw) {
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200B' || c == '\uFEFF' || Chars.widthChanges(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeBadFigure(String s) {
        if (s.length() > 12 || NUMBERED_LABEL.matcher(s).matches()) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return digit && Chars.cjkCount(s) <= 1;
    }
}
