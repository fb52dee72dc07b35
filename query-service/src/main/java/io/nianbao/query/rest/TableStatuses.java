package io.nianbao.query.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.nianbao.query.repository.ReportRecord;

final class TableStatuses {
    private TableStatuses() {}

    static Map<String, String> of(ReportRecord r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("activeDisclosure", r.activeDisclosureStatus);
        m.put("applications", r.applicationsStatus);
        m.put("reviewLitigation", r.reviewLitigationStatus);
        return m;
    }
}
