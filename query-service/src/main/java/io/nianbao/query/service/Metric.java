package io.nianbao.query.service;

import java.util.List;

/**
 * A metric of parsed-report.md's narrative paths resolved to the cells it sums: cells of {@code table}
 * whose row is one of {@code rows} (or starts with {@code rowPrefix}) and whose column is one of {@code columns}.
 */
public record Metric(String name, String table, List<String> rows, String rowPrefix, List<String> columns) {
}
