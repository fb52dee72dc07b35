package io.nianbao.bench;

import java.util.Map;

import io.nianbao.bench.Harness.GroupResult;
import io.nianbao.bench.Harness.WorkloadResult;

/** The human-readable summary printed at the end of a run. */
final class ResultTable {
    private ResultTable() {}

    static String render(BenchMain.Results results) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> run = results.run();
        out.append(String.format("Nianbao bench — %s CPU(s), Java %s, %d warm-up + %d measured iterations × %d ms, "
                        + "single thread (figures are per core)%n",
                results.environment().get("availableProcessors"), results.environment().get("javaVersion"),
                run.get("warmupIterations"), run.get("iterations"), run.get("sliceMillis")));
        out.append(String.format("load average before: %s   after: %s   duration: %s s%n%n",
                run.get("loadAverageBefore"), run.get("loadAverageAfter"), run.get("durationSeconds")));
        out.append(String.format("%-15s %-12s %5s %8s %12s %9s %12s %12s%n", "group", "workload", "docs",
                "KB/doc", "ops/s (med)", "IQR %", "ops/CPU-s", "µs/op"));
        out.append("-".repeat(92)).append('\n');
        for (GroupResult group : results.groups()) {
            for (WorkloadResult w : group.workloads()) {
                out.append(String.format("%-15s %-12s %5d %8.1f %12.1f %9.1f %12.1f %12.1f%n", group.name(),
                        w.name(), w.items(), w.bytesPerItem() / 1024.0, w.opsPerSecond().median(),
                        w.opsPerSecond().spreadPercent(), w.opsPerCpuSecond().median(), w.microsPerOp()));
            }
            group.ratios().forEach((name, stats) -> out.append(String.format(
                    "%-15s   ratio %-28s median %.3f  (min %.3f, max %.3f)%n", "", name, stats.median(),
                    stats.min(), stats.max())));
        }
        out.append('\n');
        goal(results, out);
        results.phases().forEach(p -> phases(p, out));
        growth(results.growth(), out);
        out.append('\n').append(results.ocr().render());
        return out.toString();
    }

    private static void goal(BenchMain.Results results, StringBuilder out) {
        results.groups().stream().filter(g -> g.name().equals("html-60kb")).findFirst().ifPresent(g -> {
            var ratio = g.ratios().get(BenchMain.PARSER + "/" + BenchMain.JSOUP);
            out.append(String.format("Goal on the 60 KB page: parser ≥ %.1f× bare jsoup → measured %.3f× : %s%n",
                    BenchMain.GOAL_RATIO, ratio.median(), ratio.median() >= BenchMain.GOAL_RATIO ? "MET" : "NOT MET"));
            var cpuRatio = g.ratios().get(BenchMain.PARSER + "/" + BenchMain.JSOUP + " (CPU)");
            out.append(String.format("  same ratio on thread CPU time (less sensitive to other processes): %.3f×%n",
                    cpuRatio.median()));
            out.append(String.format("  bare jsoup on that page: %.0f docs/s per core; parser: %.0f docs/s per core%n%n",
                    g.workload(BenchMain.JSOUP).opsPerSecond().median(),
                    g.workload(BenchMain.PARSER).opsPerSecond().median()));
        });
    }

    private static void phases(PhaseProfile p, StringBuilder out) {
        out.append("Parse phases (").append(p.documents()).append(", µs of thread CPU time per report, median):\n");
        out.append(String.format("  full parse %.0f = read/decode %.0f (%.0f%%) + text part %.0f (%.0f%%)%n",
                p.fullMicros(), p.readMicros(), share(p.readMicros(), p.fullMicros()), p.afterReadMicros(),
                share(p.afterReadMicros(), p.fullMicros())));
        out.append(String.format("  text part: Simplified conversion %.0f (%.0f%%), narrative figures %.0f (%.0f%%), "
                        + "tables + metadata %.0f (%.0f%%, derived)%n",
                p.simplifyMicros(), share(p.simplifyMicros(), p.fullMicros()), p.narrativeMicros(),
                share(p.narrativeMicros(), p.fullMicros()), p.tablesAndMetadataMicros(),
                share(p.tablesAndMetadataMicros(), p.fullMicros())));
        out.append("  costliest phase: ").append(p.costliest()).append("\n\n");
    }

    private static void growth(Growth growth, StringBuilder out) {
        out.append("Cost growth with document size (parser, single text document; k from CPU time):\n");
        for (Growth.Point point : growth.points()) {
            out.append(String.format("  ~%5d KB (%8d bytes): wall %11.1f µs/report | CPU %11.1f µs/report, %7.1f µs/KB%n",
                    point.targetKb(), point.bytes(), point.microsPerReport(), point.cpuMicrosPerReport(),
                    point.cpuMicrosPerKb()));
        }
        for (int i = 0; i < growth.exponents().size(); i++) {
            out.append(String.format("  exponent k (time ∝ size^k) %d→%d KB: %.2f%n",
                    growth.points().get(i).targetKb(), growth.points().get(i + 1).targetKb(),
                    growth.exponents().get(i)));
        }
        out.append("  verdict: ").append(growth.verdict()).append('\n');
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
