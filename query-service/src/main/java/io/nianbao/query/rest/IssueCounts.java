package io.nianbao.query.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.nianbao.query.repository.ReportRecord;

final class IssueCounts {
    private IssueCounts() {}

    static Map<String, Integer> of(ReportRecord r) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("ERROR", r.errorCount);
        m.put("WARNING", r.warningCount);
        m.put("INFO", r.infoCount);
        return m;
    }
}
