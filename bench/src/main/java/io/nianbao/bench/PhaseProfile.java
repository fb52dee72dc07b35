package io.nianbao.bench;

import io.nianbao.bench.Harness.GroupResult;

/**
 * Where a parse spends its time, in µs of thread CPU time per report (median of the interleaved iterations;
 * CPU time rather than wall time because the machine is shared). Tables + metadata
 * are derived: the text part of the parse minus the Simplified conversion and the prose figures.
 */
public record PhaseProfile(String documents, double fullMicros, double readMicros, double afterReadMicros, double simplifyMicros,
                           double narrativeMicros, double tablesAndMetadataMicros) {
    static final String FULL = "full-parse";
    static final String READ = "read/decode";
    static final String AFTER_READ = "parse-text";
    static final String SIMPLIFY = "simplify";
    static final String NARRATIVE = "narrative";

    static PhaseProfile of(String documents, GroupResult group) {
        double full = group.workload(FULL).cpuMicrosPerOp();
        double read = group.workload(READ).cpuMicrosPerOp();
        double afterRead = group.workload(AFTER_READ).cpuMicrosPerOp();
        double simplify = group.workload(SIMPLIFY).cpuMicrosPerOp();
        double narrative = group.workload(NARRATIVE).cpuMicrosPerOp();
        return new PhaseProfile(documents, full, read, afterRead, simplify, narrative,
                Math.max(0, afterRead - simplify - narrative));
    }

    /** The phase with the largest share. */
    String costliest() {
        String name = "read/decode";
        double max = readMicros;
        if (simplifyMicros > max) {
            name = "Simplified conversion";
            max = simplifyMicros;
        }
        if (narrativeMicros > max) {
            name = "narrative figures";
            max = narrativeMicros;
        }
        if (tablesAndMetadataMicros > max) {
            name = "tables + metadata";
        }
        return name;
    }
}
