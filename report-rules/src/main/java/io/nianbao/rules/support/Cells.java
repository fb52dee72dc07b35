package io.nianbao.rules.support;

import java.util.List;

/** Null-safe access to table cells: a blank cell counts as 0 in arithmetic (rules.md). */
public final class Cells {
    private Cells() {}

    /** The cell at {@code index}, or null when the row or the cell is absent or blank. */
    public static Long cell(List<Long> row, int index) {
        return row == null || index >= row.size() ? null : row.get(index);
    }

    /** The cell at {@code index}, a blank counting as 0. */
    public static long value(List<Long> row, int index) {
        Long v = cell(row, index);
        return v == null ? 0 : v;
    }

    public static long value(Number n) {
        return n == null ? 0 : n.longValue();
    }

    /** Sum of the cells {@code from} (inclusive) to {@code to} (exclusive), blanks as 0. */
    public static long sum(List<Long> row, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += value(row, i);
        }
        return s;
    }
}
