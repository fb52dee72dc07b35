package io.nianbao.contracts.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nianbao.contracts.event.CellChange;

/**
 * Reads and writes the table cells of a {@link ParsedReport} by the paths the evidence map and the
 * issues use: {@code applications.newReceived[0]}, {@code applications.denied.stateSecret[6]},
 * {@code reviewLitigation.administrativeReview[3]}, {@code activeDisclosure.licensing.decisions}.
 * Which paths exist depends on the report's template. Used to apply a user's corrections and to compare
 * two versions of a report.
 */
public final class CellPaths {
    private static final Pattern INDEXED = Pattern.compile("(applications|reviewLitigation)\\.([A-Za-z]+(?:\\.[A-Za-z]+)?)\\[(\\d+)]");
    private static final Pattern NAMED = Pattern.compile("activeDisclosure\\.([A-Za-z]+)\\.([A-Za-z]+)");

    private static final List<String> APPLICATION_ROWS =
            List.of("newReceived", "carriedOver", "granted", "partiallyGranted", "total", "carriedForward");

    /** Table 2 rows and their fields per template (parsed-report.md). */
    private static final Map<String, List<String>> T2_2019 = new LinkedHashMap<>();
    private static final Map<String, List<String>> T2_2021 = new LinkedHashMap<>();
    static {
        List<String> documents = List.of(ActiveDisclosure.MADE, ActiveDisclosure.PUBLISHED, ActiveDisclosure.TOTAL_PUBLISHED);
        List<String> items = List.of(ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE, ActiveDisclosure.DECISIONS);
        T2_2019.put(ActiveDisclosure.REGULATIONS, documents);
        T2_2019.put(ActiveDisclosure.NORMATIVE_DOCUMENTS, documents);
        T2_2019.put(ActiveDisclosure.LICENSING, items);
        T2_2019.put(ActiveDisclosure.OTHER_SERVICES, items);
        T2_2019.put(ActiveDisclosure.PENALTIES, items);
        T2_2019.put(ActiveDisclosure.ENFORCEMENT, items);
        T2_2019.put(ActiveDisclosure.FEES, List.of(ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE));
        T2_2019.put(ActiveDisclosure.PROCUREMENT, List.of(ActiveDisclosure.PROJECTS, ActiveDisclosure.AMOUNT_WAN));
        List<String> rules = List.of(ActiveDisclosure.ISSUED, ActiveDisclosure.REPEALED, ActiveDisclosure.IN_FORCE);
        T2_2021.put(ActiveDisclosure.REGULATIONS, rules);
        T2_2021.put(ActiveDisclosure.NORMATIVE_DOCUMENTS, rules);
        T2_2021.put(ActiveDisclosure.LICENSING, List.of(ActiveDisclosure.DECISIONS));
        T2_2021.put(ActiveDisclosure.PENALTIES, List.of(ActiveDisclosure.DECISIONS));
        T2_2021.put(ActiveDisclosure.ENFORCEMENT, List.of(ActiveDisclosure.DECISIONS));
        T2_2021.put(ActiveDisclosure.FEES, List.of(ActiveDisclosure.AMOUNT_WAN));
    }

    private CellPaths() {}

    /** A path that names no cell of the report's template, or a figure a cell cannot hold. */
    public static final class InvalidCellException extends IllegalArgumentException {
        public InvalidCellException(String message) {
            super(message);
        }
    }

    /** The figure at {@code path}, or null when the cell is blank or its table was not read. */
    public static Number get(ParsedReport report, String path) {
        return all(report).get(path);
    }

    /**
     * Sets the figure at {@code path} (null = blank). A table that was not read (an image, missing) becomes
     * PRESENT with blank cells, so that figures typed from the printed table can be checked. The cell leaves
     * {@code invalidCells} and {@code inferredCells}: its figure is now the one a person gave.
     */
    public static void set(ParsedReport report, String path, Number value) {
        Objects.requireNonNull(path, "path");
        Matcher indexed = INDEXED.matcher(path);
        Matcher named = NAMED.matcher(path);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(3));
            Long count = count(path, value, false);
            if (indexed.group(1).equals("applications")) {
                applicationRow(report, path, indexed.group(2), index).set(index, count);
            } else {
                reviewRow(report, path, indexed.group(2), index).set(index, count);
            }
        } else if (named.matches()) {
            String group = named.group(1);
            String field = named.group(2);
            List<String> fields = t2Layout(report.template).get(group);
            if (fields == null || !fields.contains(field)) {
                throw unknown(path);
            }
            // not a ?: expression: Double and Long operands would promote every count to a double
            Number figure;
            if (ActiveDisclosure.AMOUNT_WAN.equals(field)) {
                figure = money(path, value);
            } else {
                figure = count(path, value, ActiveDisclosure.CHANGE.equals(field));
            }
            ActiveDisclosure t2 = report.tables.activeDisclosure;
            if (t2 == null || t2.status != TableStatus.PRESENT) {
                t2 = new ActiveDisclosure(TableStatus.PRESENT);
                for (Map.Entry<String, List<String>> row : t2Layout(report.template).entrySet()) {
                    for (String f : row.getValue()) {
                        t2.set(row.getKey(), f, null);
                    }
                }
                report.tables.activeDisclosure = t2;
            }
            t2.set(group, field, figure);
        } else {
            throw unknown(path);
        }
        if (report.invalidCells != null) {
            report.invalidCells.remove(path);
        }
        if (report.inferredCells != null) {
            report.inferredCells.remove(path);
        }
    }

    /** Every cell of the PRESENT tables, path → figure (null for a blank cell), in printed order. */
    public static Map<String, Number> all(ParsedReport report) {
        Map<String, Number> cells = new LinkedHashMap<>();
        if (report == null || report.tables == null) {
            return cells;
        }
        ActiveDisclosure t2 = report.tables.activeDisclosure;
        if (t2 != null && t2.status == TableStatus.PRESENT) {
            t2.groups.forEach((group, figures) -> {
                if (figures != null) {
                    figures.forEach((field, value) -> cells.put("activeDisclosure." + group + "." + field, value));
                }
            });
        }
        Applications t3 = report.tables.applications;
        if (t3 != null && t3.status == TableStatus.PRESENT) {
            putRow(cells, "applications.newReceived", t3.newReceived);
            putRow(cells, "applications.carriedOver", t3.carriedOver);
            putRow(cells, "applications.granted", t3.granted);
            putRow(cells, "applications.partiallyGranted", t3.partiallyGranted);
            putGroup(cells, "applications.denied", t3.denied);
            putGroup(cells, "applications.unavailable", t3.unavailable);
            putGroup(cells, "applications.notProcessed", t3.notProcessed);
            putGroup(cells, "applications.otherHandling", t3.otherHandling);
            putRow(cells, "applications.total", t3.total);
            putRow(cells, "applications.carriedForward", t3.carriedForward);
        }
        ReviewLitigation t4 = report.tables.reviewLitigation;
        if (t4 != null && t4.status == TableStatus.PRESENT) {
            for (String group : ReviewLitigation.GROUPS) {
                putRow(cells, "reviewLitigation." + group, t4.group(group));
            }
        }
        return cells;
    }

    /** The cells whose figure differs between two versions (a table read in only one of them counts as blank in the other). */
    public static List<CellChange> diff(ParsedReport from, ParsedReport to) {
        Map<String, Number> before = all(from);
        Map<String, Number> after = all(to);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<CellChange> changes = new ArrayList<>();
        for (String path : paths) {
            Number a = before.get(path);
            Number b = after.get(path);
            if (!sameFigure(a, b)) {
                changes.add(new CellChange(path, a, b));
            }
        }
        return changes;
    }

    /** Equal as figures: 12 (int) equals 12 (long), 0.0 equals 0. */
    public static boolean sameFigure(Number a, Number b) {
        if (a == null || b == null) {
            return a == b;
        }
        return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
    }

    private static List<Long> applicationRow(ParsedReport report, String path, String row, int index) {
        if (index >= Applications.COLUMN_COUNT) {
            throw unknown(path);
        }
        String[] parts = row.split("\\.");
        boolean known = parts.length == 1 ? APPLICATION_ROWS.contains(row) : switch (parts[0]) {
            case "denied" -> Applications.DENIED_ROWS.contains(parts[1]);
            case "unavailable" -> Applications.UNAVAILABLE_ROWS.contains(parts[1]);
            case "notProcessed" -> Applications.NOT_PROCESSED_ROWS.contains(parts[1]);
            case "otherHandling" -> otherHandlingRows(report).contains(parts[1]);
            default -> false;
        };
        if (!known) {
            throw unknown(path);
        }
        Applications t3 = report.tables.applications;
        if (t3 == null || t3.status != TableStatus.PRESENT) {
            t3 = Applications.blank(report.template);
            report.tables.applications = t3;
        }
        if (parts.length == 1) {
            List<Long> cells = switch (row) {
                case "newReceived" -> t3.newReceived = padded(t3.newReceived);
                case "carriedOver" -> t3.carriedOver = padded(t3.carriedOver);
                case "granted" -> t3.granted = padded(t3.granted);
                case "partiallyGranted" -> t3.partiallyGranted = padded(t3.partiallyGranted);
                case "total" -> t3.total = padded(t3.total);
                default -> t3.carriedForward = padded(t3.carriedForward);
            };
            return cells;
        }
        Map<String, List<Long>> group = switch (parts[0]) {
            case "denied" -> t3.denied = t3.denied == null ? new LinkedHashMap<>() : t3.denied;
            case "unavailable" -> t3.unavailable = t3.unavailable == null ? new LinkedHashMap<>() : t3.unavailable;
            case "notProcessed" -> t3.notProcessed = t3.notProcessed == null ? new LinkedHashMap<>() : t3.notProcessed;
            default -> t3.otherHandling = t3.otherHandling == null ? new LinkedHashMap<>() : t3.otherHandling;
        };
        List<Long> cells = padded(group.get(parts[1]));
        group.put(parts[1], cells);
        return cells;
    }

    private static List<Long> reviewRow(ParsedReport report, String path, String group, int index) {
        if (!ReviewLitigation.GROUPS.contains(group) || index >= ReviewLitigation.COLUMN_COUNT) {
            throw unknown(path);
        }
        ReviewLitigation t4 = report.tables.reviewLitigation;
        if (t4 == null || t4.status != TableStatus.PRESENT) {
            t4 = new ReviewLitigation(TableStatus.PRESENT);
            report.tables.reviewLitigation = t4;
        }
        List<Long> cells = new ArrayList<>(t4.group(group) == null ? List.of() : t4.group(group));
        while (cells.size() < ReviewLitigation.COLUMN_COUNT) {
            cells.add(null);
        }
        switch (group) {
            case "administrativeReview" -> t4.administrativeReview = cells;
            case "litigationDirect" -> t4.litigationDirect = cells;
            default -> t4.litigationAfterReview = cells;
        }
        return cells;
    }

    /** The 其他处理 rows of the report's template; a report of unknown template keeps the rows it has, else 2019's. */
    private static List<String> otherHandlingRows(ParsedReport report) {
        if (Template.T2021.equals(report.template)) {
            return Applications.OTHER_HANDLING_ROWS_2021;
        }
        if (Template.T2019.equals(report.template)) {
            return Applications.OTHER_HANDLING_ROWS_2019;
        }
        Applications t3 = report.tables.applications;
        return t3 != null && t3.otherHandling != null && t3.otherHandling.containsKey("noCorrection")
                ? Applications.OTHER_HANDLING_ROWS_2021 : Applications.OTHER_HANDLING_ROWS_2019;
    }

    private static Map<String, List<String>> t2Layout(String template) {
        return Template.T2021.equals(template) ? T2_2021 : T2_2019;
    }

    private static List<Long> padded(List<Long> row) {
        List<Long> cells = row == null ? new ArrayList<>() : new ArrayList<>(row);
        while (cells.size() < Applications.COLUMN_COUNT) {
            cells.add(null);
        }
        return cells;
    }

    private static Long count(String path, Number value, boolean signed) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal d = new java.math.BigDecimal(value.toString());
        if (d.stripTrailingZeros().scale() > 0) {
            throw new InvalidCellException("单元格" + path + "应填整数，收到“" + value + "”。");
        }
        if (!signed && d.signum() < 0) {
            throw new InvalidCellException("单元格" + path + "应填非负整数，收到“" + value + "”。");
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidCellException("单元格" + path + "的数字“" + value + "”过大。");
        }
    }

    private static Double money(String path, Number value) {
        if (value == null) {
            return null;
        }
        double d = value.doubleValue();
        if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            throw new InvalidCellException("单元格" + path + "应填非负金额（万元），收到“" + value + "”。");
        }
        return d;
    }

    private static InvalidCellException unknown(String path) {
        return new InvalidCellException("没有单元格" + path + "（路径写法如 applications.newReceived[0]、"
                + "reviewLitigation.administrativeReview[4]、activeDisclosure.licensing.decisions，须符合报告所用模板）。");
    }

    private static void putRow(Map<String, Number> cells, String prefix, List<Long> row) {
        if (row != null) {
            for (int i = 0; i < row.size(); i++) {
                cells.put(prefix + "[" + i + "]", row.get(i));
            }
        }
    }

    private static void putGroup(Map<String, Number> cells, String prefix, Map<String, List<Long>> group) {
        if (group != null) {
            group.forEach((name, row) -> putRow(cells, prefix + "." + name, row));
        }
    }
}
