package io.nianbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures workloads on one thread. The workloads of a group run interleaved — each iteration gives every
 * workload one time slice, in a rotating order — so that a burst of load from other processes on this shared
 * machine hits them alike, and the ratio of two workloads is taken within each iteration before its median.
 */
public final class Harness {
    /** Keeps the results alive so that the JIT cannot remove the measured work. */
    private static volatile long sink;

    private final BenchConfig config;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public Harness(BenchConfig config) {
        this.config = config;
    }

    /**
     * @param ratios pairs {numerator workload, denominator workload} whose per-iteration throughput ratio is reported
     */
    public GroupResult measure(String group, String description, List<? extends Workload<?>> workloads,
                               List<String[]> ratios) {
        int n = workloads.size();
        List<List<double[]>> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            samples.add(new ArrayList<>());
        }
        int total = config.warmupIterations() + config.iterations();
        for (int iteration = 0; iteration < total; iteration++) {
            for (int k = 0; k < n; k++) {
                int w = (iteration + k) % n;
                double[] sample = slice(workloads.get(w));
                if (iteration >= config.warmupIterations()) {
                    samples.get(w).add(sample);
                }
            }
        }
        List<WorkloadResult> results = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            Workload<?> workload = workloads.get(w);
            List<double[]> s = samples.get(w);
            results.add(new WorkloadResult(workload.name(), workload.items().size(),
                    workload.bytesPerPass() / Math.max(1, workload.items().size()),
                    Stats.of(s.stream().mapToDouble(x -> x[0]).toArray()),
                    Stats.of(s.stream().mapToDouble(x -> x[1]).toArray())));
        }
        Map<String, Stats> ratioStats = new LinkedHashMap<>();
        for (String[] pair : ratios) {
            int a = indexOf(workloads, pair[0]);
            int b = indexOf(workloads, pair[1]);
            ratioStats.put(pair[0] + "/" + pair[1], ratio(samples.get(a), samples.get(b), 0));
            ratioStats.put(pair[0] + "/" + pair[1] + " (CPU)", ratio(samples.get(a), samples.get(b), 1));
        }
        return new GroupResult(group, description, results, ratioStats);
    }

    /** Ratio of two workloads' throughput within each iteration (column 0: wall clock, 1: thread CPU time). */
    private static Stats ratio(List<double[]> numerator, List<double[]> denominator, int column) {
        double[] perIteration = new double[numerator.size()];
        for (int i = 0; i < perIteration.length; i++) {
            perIteration[i] = numerator.get(i)[column] / denominator.get(i)[column];
        }
        return Stats.of(perIteration);
    }

    /** Whole passes over the items until the slice time is used up (at least one). Returns {ops/s, ops per CPU-s}. */
    private double[] slice(Workload<?> workload) {
        long sliceNanos = config.sliceMillis() * 1_000_000L;
        long folded = 0;
        long operations = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long elapsed;
        do {
            folded += workload.pass();
            operations += workload.items().size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < sliceNanos);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        sink += folded;
        return new double[] {operations * 1e9 / elapsed, cpu > 0 ? operations * 1e9 / cpu : Double.NaN};
    }

    private static int indexOf(List<? extends Workload<?>> workloads, String name) {
        for (int i = 0; i < workloads.size(); i++) {
            if (workloads.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no workload " + name);
    }

    /** Throughput of one workload: per wall-clock second and per second of this thread's CPU time. */
    public record WorkloadResult(String name, int items, long bytesPerItem, Stats opsPerSecond,
                                 Stats opsPerCpuSecond) {
        public double microsPerOp() {
            return 1e6 / opsPerSecond.median();
        }

        /** This thread's CPU time per operation: what the work costs, whatever else the machine was doing. */
        public double cpuMicrosPerOp() {
            return 1e6 / opsPerCpuSecond.median();
        }
    }

    public record GroupResult(String name, String description, List<WorkloadResult> workloads,
                              Map<String, Stats> ratios) {
        public WorkloadResult workload(String name) {
            return workloads.stream().filter(w -> w.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no workload " + name));
        }
    }
}
