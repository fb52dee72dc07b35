package io.nianbao.query.service;

import java.util.List;

/**
 * One entry of the metric dictionary (GET /api/metrics): the name the API accepts, its Chinese name and unit,
 * the cells it adds up (paths as in a ParsedReport's {@code cells} map) and the templates that have those cells.
 */
public record MetricInfo(String name, String label, String unit, String table, List<String> cells, String definition,
        List<String> templates, boolean main) {
}
