package io.nianbao.bench;

import io.nianbao.bench.Harness.GroupResult;

/**
 * Where a parse spends its time, in µs per report (median of the interleaved iterations). Tables + metadata
 * are derived: the text part of the parse minus the Simplified conversion and the prose figures.
 */
public record PhaseProfile(double fullMicros, double readMicros, double afterReadMicros, double simplifyMicros,
                           double narrativeMicros, double tablesAndMetadataMicros) {
    static final String FULL = "full-parse";
    static final String READ = "read/decode";
    static final String AFTER_READ = "parse-text";
    static final String SIMPLIFY = "simplify";
    static final String NARRATIVE = "narrative";

    static PhaseProfile of(GroupResult group) {
        double full = group.workload(FULL).microsPerOp();
        double read = group.workload(READ).microsPerOp();
        double afterRead = group.workload(AFTER_READ).microsPerOp();
        double simplify = group.workload(SIMPLIFY).microsPerOp();
        double narrative = group.workload(NARRATIVE).microsPerOp();
        return new PhaseProfile(full, read, afterRead, simplify, narrative,
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
