package io.nianbao.bench;

import java.util.Arrays;

/** Median and spread of the per-iteration samples of one measurement. */
public record Stats(double median, double p25, double p75, double min, double max, int samples) {

    public static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Stats(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
                sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    /** Inter-quartile range relative to the median, in percent: how noisy the iterations were. */
    public double spreadPercent() {
        return median == 0 ? Double.NaN : 100.0 * (p75 - p25) / median;
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        double weight = position - below;
        return sorted[below] * (1 - weight) + sorted[above] * weight;
    }
}
