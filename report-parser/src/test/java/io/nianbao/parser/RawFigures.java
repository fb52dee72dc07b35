package io.nianbao.parser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nianbao.contracts.model.CellEvidence.Meaning;

/**
 * This test's own reading of a cell's raw text, independent of the parser's CellReader: what it means and
 * the figure it stands for at its path (a count, a signed change, or money in 万元).
 */
public final class RawFigures {
    private static final Pattern PLACEHOLDER = Pattern.compile("-+|—+|–+|－+|/|／|无|無|持平|\\\\");
    private static final Pattern FIGURE = Pattern.compile(
            "(新增|增加|减少|減少|增|减|減|[+\\-])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|萬元|亿元|億元|元|万件|萬件|万|萬|件|个|個|项|項|起|条|條|宗)?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private RawFigures() {}

    public static Meaning meaningOf(String raw) {
        String s = plain(raw);
        if (s.isEmpty()) {
            return Meaning.EMPTY;
        }
        if (PLACEHOLDER.matcher(s).matches()) {
            return Meaning.NA;
        }
        Matcher m = FIGURE.matcher(s);
        if (!m.matches()) {
            return Meaning.TEXT;
        }
        return number(m).signum() == 0 ? Meaning.ZERO : Meaning.NUMERIC;
    }

    /** the cell's value, or null for a blank or for text that is no valid figure at this path */
    public static BigDecimal valueOf(String raw, String path) {
        String s = plain(raw);
        if (s.isEmpty()) {
            return null;
        }
        if (PLACEHOLDER.matcher(s).matches()) {
            return BigDecimal.ZERO;
        }
        Matcher m = FIGURE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        BigDecimal n = number(m);
        String sign = m.group(1);
        String unit = m.group(4) == null ? "" : m.group(4).replace('萬', '万').replace('億', '亿');
        if (path.endsWith(".amountWan")) {
            return switch (unit) {
                case "亿元" -> n.multiply(TEN_THOUSAND);
                case "元" -> n.divide(TEN_THOUSAND, 10, RoundingMode.UNNECESSARY);
                case "万元", "" -> n;
                default -> null;
            };
        }
        if (unit.equals("万") || unit.equals("万件")) {
            n = n.multiply(TEN_THOUSAND);
        } else if (unit.endsWith("元")) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            return null;
        }
        if (!path.endsWith(".change") && (sign != null || n.signum() < 0)) {
            return null; // a count has no sign
        }
        return n;
    }

    private static BigDecimal number(Matcher m) {
        BigDecimal n = new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
        String sign = m.group(1);
        return sign != null && (sign.equals("-") || sign.startsWith("减") || sign.startsWith("減")) ? n.negate() : n;
    }

    /** half-width, without spaces */
    private static String plain(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0F' && c != '\uFF0D') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200B' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
