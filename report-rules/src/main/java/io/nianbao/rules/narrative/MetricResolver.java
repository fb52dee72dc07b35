package io.nianbao.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.rules.support.ApplicationRows;
import io.nianbao.rules.support.TableLabels;

/**
 * Finds the table value of a narrative metric (grammar of parsed-report.md § narrative):
 * {@code applications.<row|group|group.row>.<column|legalPersons>}, {@code reviewLitigation.<group|litigation>.<column>},
 * {@code activeDisclosure.decisions.total} (sum of Table 2's 处理决定) and {@code activeDisclosure.<row>.<field>}.
 * Empty when the metric is unknown, its table is not PRESENT, or a cell involved is blank — a prose figure
 * is only compared with cells that were actually printed.
 */
public final class MetricResolver {
    private static final List<String> SINGLE_ROWS =
            List.of("newReceived", "carriedOver", "granted", "partiallyGranted", "total", "carriedForward");
    private static final List<String> GROUPS = List.of("denied", "unavailable", "notProcessed", "otherHandling");
    private static final List<Integer> LEGAL_PERSON_COLUMNS = List.of(1, 2, 3, 4, 5);

    private MetricResolver() {}

    public static Optional<TableFigure> resolve(ParsedReport report, String metric) {
        if (metric == null || report.tables == null) {
            return Optional.empty();
        }
        String[] parts = metric.split("\\.");
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            return switch (parts[0]) {
                case "applications" -> applications(report.tables.applications, parts);
                case "reviewLitigation" -> reviewLitigation(report.tables.reviewLitigation, parts);
                case "activeDisclosure" -> activeDisclosure(report.tables.activeDisclosure, parts);
                default -> Optional.empty();
            };
        } catch (RuntimeException oddShape) {
            // a metric naming rows that do not exist is not comparable; never fail the validation for it
            return Optional.empty();
        }
    }

    private static Optional<TableFigure> applications(Applications t, String[] parts) {
        if (t == null || t.status != TableStatus.PRESENT) {
            return Optional.empty();
        }
        String column = parts[parts.length - 1];
        List<Integer> columns;
        String columnLabel;
        if ("legalPersons".equals(column)) {
            columns = LEGAL_PERSON_COLUMNS;
            columnLabel = "法人或其他组织（五类合计）";
        } else {
            int index = Applications.COLUMNS.indexOf(column);
            if (index < 0) {
                return Optional.empty();
            }
            columns = List.of(index);
            columnLabel = ApplicationRows.COLUMN_LABELS.get(index);
        }
        String rowPath = String.join(".", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1));
        List<List<Long>> rows = new ArrayList<>();
        String rowLabel;
        if (SINGLE_ROWS.contains(rowPath)) {
            rows.add(rowOf(t, rowPath));
            rowLabel = ApplicationRows.label(rowPath);
        } else if (GROUPS.contains(rowPath)) {
            Map<String, List<Long>> group = groupOf(t, rowPath);
            if (group == null || group.isEmpty()) {
                return Optional.empty();
            }
            rows.addAll(group.values());
            rowLabel = groupLabel(rowPath) + "各项合计";
        } else if (parts.length == 4 && GROUPS.contains(parts[1])) {
            Map<String, List<Long>> group = groupOf(t, parts[1]);
            if (group == null || !group.containsKey(parts[2])) {
                return Optional.empty();
            }
            rows.add(group.get(parts[2]));
            rowLabel = ApplicationRows.label(rowPath);
        } else {
            return Optional.empty();
        }
        long sum = 0;
        for (List<Long> row : rows) {
            for (int c : columns) {
                if (row == null || c >= row.size() || row.get(c) == null) {
                    return Optional.empty();
                }
                sum += row.get(c);
            }
        }
        return Optional.of(new TableFigure(sum, "第三部分表格“" + rowLabel + "”“" + columnLabel + "”"));
    }

    private static String groupLabel(String group) {
        return switch (group) {
            case "denied" -> "（三）不予公开";
            case "unavailable" -> "（四）无法提供";
            case "notProcessed" -> "（五）不予处理";
            default -> "（六）其他处理";
        };
    }

    private static List<Long> rowOf(Applications t, String row) {
        return switch (row) {
            case "newReceived" -> t.newReceived;
            case "carriedOver" -> t.carriedOver;
            case "granted" -> t.granted;
            case "partiallyGranted" -> t.partiallyGranted;
            case "total" -> t.total;
            case "carriedForward" -> t.carriedForward;
            default -> null;
        };
    }

    private static Map<String, List<Long>> groupOf(Applications t, String group) {
        return switch (group) {
            case "denied" -> t.denied;
            case "unavailable" -> t.unavailable;
            case "notProcessed" -> t.notProcessed;
            case "otherHandling" -> t.otherHandling;
            default -> null;
        };
    }

    private static Optional<TableFigure> reviewLitigation(ReviewLitigation t, String[] parts) {
        if (t == null || t.status != TableStatus.PRESENT || parts.length != 3) {
            return Optional.empty();
        }
        int column = ReviewLitigation.COLUMNS.indexOf(parts[2]);
        if (column < 0) {
            return Optional.empty();
        }
        List<String> groups = "litigation".equals(parts[1])
                ? List.of("litigationDirect", "litigationAfterReview")
                : ReviewLitigation.GROUPS.contains(parts[1]) ? List.of(parts[1]) : List.of();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        long sum = 0;
        for (String g : groups) {
            List<Long> cells = t.group(g);
            if (cells == null || column >= cells.size() || cells.get(column) == null) {
                return Optional.empty();
            }
            sum += cells.get(column);
        }
        return Optional.of(new TableFigure(sum, "第四部分表格“" + TableLabels.T4_GROUPS.get(parts[1]) + "”“"
                + TableLabels.T4_COLUMNS.get(column) + "”"));
    }

    private static Optional<TableFigure> activeDisclosure(ActiveDisclosure t, String[] parts) {
        if (t == null || t.status != TableStatus.PRESENT || parts.length != 3) {
            return Optional.empty();
        }
        if (ActiveDisclosure.DECISIONS.equals(parts[1]) && "total".equals(parts[2])) {
            double sum = 0;
            boolean any = false;
            for (Map<String, Number> figures : t.groups.values()) {
                if (figures == null || !figures.containsKey(ActiveDisclosure.DECISIONS)) {
                    continue;
                }
                Number n = figures.get(ActiveDisclosure.DECISIONS);
                if (n == null) {
                    return Optional.empty();
                }
                sum += n.doubleValue();
                any = true;
            }
            return any ? Optional.of(new TableFigure(sum, "第二部分表格各项“处理决定数量”合计")) : Optional.empty();
        }
        Number n = t.figure(parts[1], parts[2]);
        return n == null ? Optional.empty()
                : Optional.of(new TableFigure(n.doubleValue(), "第二部分表格“" + TableLabels.t2(parts[1], parts[2]) + "”"));
    }
}
