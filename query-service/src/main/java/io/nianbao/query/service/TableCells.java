package io.nianbao.query.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;

/** Flattens the three tables of a ParsedReport into cell rows (only PRESENT tables carry cells). */
public final class TableCells {
    public static final String ACTIVE_DISCLOSURE = "activeDisclosure";
    public static final String APPLICATIONS = "applications";
    public static final String REVIEW_LITIGATION = "reviewLitigation";

    private TableCells() {}

    public static List<Cell> of(ParsedReport report) {
        List<Cell> cells = new ArrayList<>();
        if (report == null || report.tables == null) {
            return cells;
        }
        ActiveDisclosure t2 = report.tables.activeDisclosure;
        if (t2 != null && t2.status == TableStatus.PRESENT) {
            t2.groups.forEach((group, figures) -> {
                if (figures != null) {
                    figures.forEach((field, value) -> cells.add(new Cell(ACTIVE_DISCLOSURE, group, field, decimal(value))));
                }
            });
        }
        Applications t3 = report.tables.applications;
        if (t3 != null && t3.status == TableStatus.PRESENT) {
            for (ApplicationRows.Row row : ApplicationRows.of(t3)) {
                addRow(cells, APPLICATIONS, row.key(), row.cells(), Applications.COLUMNS);
            }
        }
        ReviewLitigation t4 = report.tables.reviewLitigation;
        if (t4 != null && t4.status == TableStatus.PRESENT) {
            for (String group : ReviewLitigation.GROUPS) {
                addRow(cells, REVIEW_LITIGATION, group, t4.group(group), ReviewLitigation.COLUMNS);
            }
        }
        return cells;
    }

    private static void addRow(List<Cell> cells, String table, String row, List<Long> values, List<String> columns) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            cells.add(new Cell(table, row, columns.get(i), decimal(values.get(i))));
        }
    }

    static BigDecimal decimal(Number n) {
        if (n == null) {
            return null;
        }
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
