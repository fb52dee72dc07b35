package io.nianbao.query.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Percentiles of a set of values, defined exactly as PostgreSQL's ordered-set aggregates:
 * <ul>
 *   <li>{@link #cont}: {@code percentile_cont(p)} — sort ascending, position h = (n − 1)·p, interpolate linearly
 *       between the values at ⌊h⌋ and ⌈h⌉ (so P50 of 1, 2, 3, 10 is 2.5);</li>
 *   <li>{@link #percentRank}: {@code percent_rank()} — the share of the other values that are strictly lower,
 *       (number lower) / (n − 1), 0 when n = 1;</li>
 *   <li>{@link #rankDescending}: 1 = the highest value, ties share the best rank (1, 2, 2, 4).</li>
 * </ul>
 */
public final class Percentiles {
    private static final MathContext MC = MathContext.DECIMAL64;

    private Percentiles() {}

    /** @param sorted values sorted ascending, not empty */
    public static BigDecimal cont(List<BigDecimal> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(p), MC);
        int lo = h.setScale(0, RoundingMode.FLOOR).intValue();
        int hi = h.setScale(0, RoundingMode.CEILING).intValue();
        BigDecimal a = sorted.get(lo);
        if (lo == hi) {
            return a;
        }
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
        return a.add(sorted.get(hi).subtract(a).multiply(fraction, MC), MC).stripTrailingZeros();
    }

    /** @return percent_rank × 100, rounded to one decimal */
    public static BigDecimal percentRank(List<BigDecimal> sorted, BigDecimal value) {
        if (sorted.size() <= 1) {
            return BigDecimal.ZERO;
        }
        long lower = sorted.stream().filter(v -> v.compareTo(value) < 0).count();
        return BigDecimal.valueOf(lower * 100.0 / (sorted.size() - 1)).setScale(1, RoundingMode.HALF_UP);
    }

    public static int rankDescending(List<BigDecimal> values, BigDecimal value) {
        return 1 + (int) values.stream().filter(v -> v.compareTo(value) > 0).count();
    }
}
