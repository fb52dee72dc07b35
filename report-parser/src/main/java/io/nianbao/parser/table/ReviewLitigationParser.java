package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;

/**
 * Table 4 (行政复议、行政诉讼情况): 15 cells after the header rows, in the order 行政复议, 未经复议直接起诉, 复议后起诉
 * (each 维持, 纠正, 其他, 尚未审结, 总计) — whether printed as one row of 15 or as three rows of 5.
 */
public final class ReviewLitigationParser {
    private static final int W = ReviewLitigation.COLUMN_COUNT;
    private static final int CELLS = W * ReviewLitigation.GROUPS.size();

    /** in each group 维持 + 纠正 + 其他 + 尚未审结 = 总计 */
    static boolean groupsAddUp(long[] v) {
        for (int g = 0; g < ReviewLitigation.GROUPS.size(); g++) {
            long sum = 0;
            for (int k = 0; k < ReviewLitigation.TOTAL_COLUMN; k++) {
                sum += v[g * W + k];
            }
            if (sum != v[g * W + ReviewLitigation.TOTAL_COLUMN]) {
                return false;
            }
        }
        return true;
    }

    public TableResult<ReviewLitigation> parse(TableText text, Map<String, String> invalid, Map<String, Cell> cellsRead) {
        List<Cell> cells = text.cells();
        String stream = text.stream();
        int header = stream.indexOf("维持");
        int start = header >= 0 ? text.cellAt(header) : 0;
        int firstFigure = -1;
        for (int i = Math.max(start, 0); i < cells.size(); i++) {
            if (cells.get(i).isSlot()) {
                firstFigure = i;
                break;
            }
        }
        List<Cell> slots = List.of();
        if (firstFigure >= 0) {
            int anchor = start - 1;
            for (int i = firstFigure - 1; i >= Math.max(start, 0); i--) {
                if (cells.get(i).kind() == CellKind.TEXT) {
                    anchor = i;
                    break;
                }
            }
            slots = SlotGatherer.gather(text, anchor, cells.size(), CELLS);
        }
        List<String> inferred = new ArrayList<>();
        if (!slots.isEmpty() && slots.size() < CELLS) {
            GluedFigures.Reading reading = GluedFigures.split(slots, CELLS, ReviewLitigationParser::groupsAddUp);
            if (reading != null) {
                slots = reading.cells();
                for (int k = 0; k < CELLS; k++) {
                    if (reading.inferred()[k]) {
                        inferred.add("reviewLitigation." + ReviewLitigation.GROUPS.get(k / W) + "[" + k % W + "]");
                    }
                }
            } else {
                int p = MissingCell.position(slots, CELLS, v -> {
                    long[] values = new long[CELLS];
                    for (int k = 0; k < CELLS; k++) {
                        values[k] = MissingCell.or0(v[k]);
                    }
                    return groupsAddUp(values);
                });
                if (p >= 0) {
                    slots = MissingCell.withBlank(slots, p);
                    for (int k = p; k < CELLS; k++) {
                        inferred.add("reviewLitigation." + ReviewLitigation.GROUPS.get(k / W) + "[" + k % W + "]");
                    }
                }
            }
        }
        TableStatus status = TableStatuses.of(text, List.of(slots));
        ReviewLitigation table = new ReviewLitigation(status);
        if (status == TableStatus.PRESENT) {
            Figures figures = new Figures(invalid, cellsRead);
            List<List<Long>> groups = new ArrayList<>();
            for (int g = 0; g < ReviewLitigation.GROUPS.size(); g++) {
                List<Long> row = new ArrayList<>(W);
                for (int k = 0; k < W; k++) {
                    int idx = g * W + k;
                    Cell c = idx < slots.size() ? slots.get(idx) : null;
                    row.add(figures.count(c, "reviewLitigation." + ReviewLitigation.GROUPS.get(g) + "[" + k + "]"));
                }
                groups.add(row);
            }
            table.administrativeReview = groups.get(0);
            table.litigationDirect = groups.get(1);
            table.litigationAfterReview = groups.get(2);
        }
        List<String> notes = new ArrayList<>();
        if (status == TableStatus.PRESENT) {
            IncompleteRows.check("表四", "reviewLitigation", slots.size(), CELLS, notes);
        }
        return new TableResult<>(table, status, null, inferred, notes);
    }
}
