package io.nianbao.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.nianbao.bench.Harness.GroupResult;
import io.nianbao.bench.Harness.WorkloadResult;

/** The machine-readable results (bench/results/latest.json); NaN (no sample) is written as null. */
final class JsonResults {
    private JsonResults() {}

    static String toJson(BenchMain.Results results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("environment", results.environment());
        root.put("run", results.run());
        List<Object> groups = new ArrayList<>();
        for (GroupResult group : results.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", group.name());
            g.put("description", group.description());
            List<Object> workloads = new ArrayList<>();
            for (WorkloadResult w : group.workloads()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", w.name());
                m.put("documents", w.items());
                m.put("bytesPerDocument", w.bytesPerItem());
                m.put("opsPerSecond", stats(w.opsPerSecond()));
                m.put("opsPerCpuSecond", stats(w.opsPerCpuSecond()));
                m.put("microsPerOp", number(w.microsPerOp()));
                workloads.add(m);
            }
            g.put("workloads", workloads);
            Map<String, Object> ratios = new LinkedHashMap<>();
            group.ratios().forEach((name, s) -> ratios.put(name, stats(s)));
            g.put("ratios", ratios);
            groups.add(g);
        }
        root.put("groups", groups);
        List<Object> phaseList = new ArrayList<>();
        for (PhaseProfile p : results.phases()) {
            Map<String, Object> phases = new LinkedHashMap<>();
            phases.put("documents", p.documents());
            phases.put("unit", "µs of thread CPU time per report");
            phases.put("fullParseMicros", number(p.fullMicros()));
            phases.put("readDecodeMicros", number(p.readMicros()));
            phases.put("textPartMicros", number(p.afterReadMicros()));
            phases.put("simplifyMicros", number(p.simplifyMicros()));
            phases.put("narrativeMicros", number(p.narrativeMicros()));
            phases.put("tablesAndMetadataMicros", number(p.tablesAndMetadataMicros()));
            phases.put("costliest", p.costliest());
            phaseList.add(phases);
        }
        root.put("phases", phaseList);
        Map<String, Object> growth = new LinkedHashMap<>();
        List<Object> points = new ArrayList<>();
        for (Growth.Point point : results.growth().points()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("targetKb", point.targetKb());
            m.put("bytes", point.bytes());
            m.put("microsPerReport", number(point.microsPerReport()));
            m.put("cpuMicrosPerReport", number(point.cpuMicrosPerReport()));
            m.put("cpuMicrosPerKb", number(point.cpuMicrosPerKb()));
            points.add(m);
        }
        growth.put("points", points);
        growth.put("exponents", results.growth().exponents().stream().map(JsonResults::number).toList());
        growth.put("verdict", results.growth().verdict());
        root.put("growth", growth);
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("page", results.goalPage());
        goal.put("minimumParserToJsoupRatio", BenchMain.GOAL_RATIO);
        results.groups().stream().filter(g -> g.name().equals("html-60kb")).findFirst().ifPresent(g -> {
            double ratio = g.ratios().get(BenchMain.PARSER + "/" + BenchMain.JSOUP).median();
            goal.put("measuredRatio", number(ratio));
            goal.put("met", ratio >= BenchMain.GOAL_RATIO);
            goal.put("measuredRatioOnCpuTime",
                    number(g.ratios().get(BenchMain.PARSER + "/" + BenchMain.JSOUP + " (CPU)").median()));
        });
        root.put("goal", goal);
        root.put("ocr", results.ocr().toJson());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the results as JSON", e);
        }
    }

    private static Map<String, Object> stats(Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", number(s.median()));
        m.put("p25", number(s.p25()));
        m.put("p75", number(s.p75()));
        m.put("min", number(s.min()));
        m.put("max", number(s.max()));
        m.put("iqrPercent", number(s.spreadPercent()));
        m.put("samples", s.samples());
        return m;
    }

    /** Rounded to 4 significant decimals; NaN and infinities (no sample) become null, which JSON can hold. */
    private static Double number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return Math.round(value * 1e4) / 1e4;
    }
}
