package io.nianbao.rules.narrative;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nianbao.contracts.model.NarrativeFigure;

/**
 * How precisely the prose states a figure, so that a rounded figure is not called a mismatch:
 * <ul>
 *   <li>explicit {@code tolerance} / {@code atLeast} on the figure win;</li>
 *   <li>"4000余件", "4000多件" → at least 4000;</li>
 *   <li>"589.19万件" → the last printed digit is 100, so 5,891,850 ≤ table &lt; 5,891,950 (rules.md); 亿 likewise;</li>
 *   <li>"约/近/左右/大约" → within 10 % (the author says the figure is rounded without saying how);</li>
 *   <li>else the figure is exact.</li>
 * </ul>
 */
public record StatedPrecision(double below, double above, boolean upperInclusive, boolean atLeast, String description) {
    private static final Pattern SCALED = Pattern.compile("(\\d+)(?:\\.(\\d+))?\\s*([万萬亿億])");
    private static final Pattern MORE_THAN = Pattern.compile("\\d\\s*[万萬亿億]?\\s*(余|餘|多)");
    private static final Pattern ROUGHLY = Pattern.compile("约|約|近|左右|大概");
    private static final double ROUGH_SHARE = 0.10;

    public static StatedPrecision exact() {
        return new StatedPrecision(0, 0, true, false, "");
    }

    public static StatedPrecision of(NarrativeFigure figure) {
        if (Boolean.TRUE.equals(figure.atLeast)) {
            return new StatedPrecision(0, Double.POSITIVE_INFINITY, true, true, "（不少于）");
        }
        if (figure.tolerance != null && figure.tolerance > 0) {
            return new StatedPrecision(figure.tolerance, figure.tolerance, true, false, "（允许误差±" + plain(figure.tolerance) + "）");
        }
        String quote = figure.quote == null ? "" : Normalizer.normalize(figure.quote, Normalizer.Form.NFKC).replaceAll("(?<=\\d),(?=\\d)", "");
        if (MORE_THAN.matcher(quote).find()) {
            return new StatedPrecision(0, Double.POSITIVE_INFINITY, true, true, "（不少于）");
        }
        double tolerance = 0;
        Matcher m = SCALED.matcher(quote);
        if (m.find()) {
            int exponent = "万萬".contains(m.group(3)) ? 4 : 8;
            int decimals = m.group(2) == null ? 0 : m.group(2).length();
            tolerance = 0.5 * Math.pow(10, exponent - decimals);
        }
        double value = figure.value == null ? 0 : Math.abs(figure.value.doubleValue());
        if (ROUGHLY.matcher(quote).find()) {
            tolerance = Math.max(tolerance, value * ROUGH_SHARE);
            return new StatedPrecision(tolerance, tolerance, true, false, "（约数，允许误差±" + plain(tolerance) + "）");
        }
        if (tolerance > 0) {
            // a rounded figure: half a unit of the last printed digit either side, the upper end open
            return new StatedPrecision(tolerance, tolerance, false, false, "（按所述精度允许误差±" + plain(tolerance) + "）");
        }
        return exact();
    }

    public boolean matches(double table, double stated) {
        if (table < stated - below) {
            return false;
        }
        return upperInclusive ? table <= stated + above : table < stated + above;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString(Math.round(d)) : Double.toString(d);
    }
}
