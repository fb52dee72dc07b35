package io.nianbao.parser.narrative;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as the prose states it, with its unit: "1441件", "1,441件", "589.19万件" (= 5891900, stated
 * to ±50), "4000余件" (at least 4000).
 */
record StatedNumber(long value, Double tolerance, boolean atLeast, String unit) {

    /** groups: n = digits, f = decimals, w = 万, m = 余/多, u = unit */
    static final Pattern PATTERN = Pattern.compile(
            "(?<![0-9.,])(?<n>\\d{1,3}(?:,\\d{3})+(?![0-9])|\\d+)(?<f>\\.\\d+)?(?<w>万)?(?<m>余|多)?\\s?"
                    + "(?<u>件|起|个|项|宗|例|次|份|部)");

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** @return the number of a {@link #PATTERN} match, or null when it is not a whole count */
    static StatedNumber from(Matcher m) {
        String digits = m.group("n").replace(",", "");
        String decimals = m.group("f");
        boolean wan = m.group("w") != null;
        if (decimals != null && !wan) {
            return null; // "1.5件" is not a count
        }
        if (digits.length() > 12) {
            return null;
        }
        BigDecimal stated = new BigDecimal(decimals == null ? digits : digits + decimals);
        Double tolerance = null;
        if (wan) {
            int places = decimals == null ? 0 : decimals.length() - 1;
            // half a unit of the last printed digit, in units of one
            tolerance = HALF.movePointLeft(places).multiply(TEN_THOUSAND).doubleValue();
            stated = stated.multiply(TEN_THOUSAND);
        }
        BigDecimal whole = stated.stripTrailingZeros();
        if (whole.scale() > 0) {
            return null;
        }
        return new StatedNumber(whole.longValueExact(), tolerance, m.group("m") != null, m.group("u"));
    }
}
