package io.nianbao.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How parse time grows with document size: the time per report at each size, the time per KB, and the exponent
 * k of time ∝ size^k between neighbouring sizes (k ≈ 1 is linear; a fixed cost per report makes k &lt; 1 at
 * small sizes).
 */
public record Growth(List<Point> points, List<Double> exponents, String verdict) {

    /** Times are medians: wall clock, and this thread's CPU time (which the exponent uses: less noisy here). */
    public record Point(int targetKb, long bytes, double microsPerReport, double cpuMicrosPerReport) {
        public double cpuMicrosPerKb() {
            return cpuMicrosPerReport / (bytes / 1024.0);
        }
    }

    public static Growth of(List<Point> points) {
        List<Double> exponents = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            exponents.add(Math.log(b.cpuMicrosPerReport() / a.cpuMicrosPerReport())
                    / Math.log((double) b.bytes() / a.bytes()));
        }
        return new Growth(points, exponents, verdict(exponents));
    }

    /** Judged on the largest step, where the fixed per-report cost no longer matters. */
    private static String verdict(List<Double> exponents) {
        if (exponents.isEmpty()) {
            return "not enough sizes to judge";
        }
        double k = exponents.get(exponents.size() - 1);
        if (k <= 1.15) {
            return String.format("linear (k = %.2f on the largest step)", k);
        }
        if (k <= 1.5) {
            return String.format("slightly superlinear (k = %.2f on the largest step)", k);
        }
        return String.format("superlinear (k = %.2f on the largest step): cost grows faster than size", k);
    }
}
