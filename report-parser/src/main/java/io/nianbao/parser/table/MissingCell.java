package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Places a blank cell that a PDF export dropped: a row of text with single spaces loses its blank cells, so
 * "2 0 1 3" could be any four of five columns. Each position is tried with a blank (read as zero for the
 * arithmetic) and the position is taken only when exactly one satisfies the table's rules.
 */
public final class MissingCell {
    private MissingCell() {}

    /**
     * @param cells the cells read, one fewer than the row needs
     * @param rule  the table's arithmetic with the candidate row (null = blank)
     * @return the position of the blank, or -1 when no single position fits
     */
    public static int position(List<Cell> cells, int n, Predicate<Long[]> rule) {
        if (cells.size() != n - 1) {
            return -1;
        }
        Long[] read = new Long[cells.size()];
        for (int i = 0; i < read.length; i++) {
            Cell c = cells.get(i);
            if (c.kind() != CellKind.VALUE || c.tabular() || c.number().scale() > 0 && c.number().stripTrailingZeros().scale() > 0) {
                return -1;
            }
            read[i] = c.number().longValue();
        }
        int found = -1;
        for (int p = 0; p < n; p++) {
            Long[] candidate = new Long[n];
            for (int i = 0, j = 0; i < n; i++) {
                candidate[i] = i == p ? null : read[j++];
            }
            if (rule.test(candidate)) {
                if (found >= 0) {
                    return -1;
                }
                found = p;
            }
        }
        return found;
    }

    /** the cells with a blank inserted at {@code p} */
    public static List<Cell> withBlank(List<Cell> cells, int p) {
        List<Cell> out = new ArrayList<>(cells);
        Cell near = cells.get(Math.min(p, cells.size() - 1));
        out.add(p, new Cell("", CellKind.EMPTY, null, null, false, false, near.line(), false));
        return out;
    }

    static long or0(Long v) {
        return v == null ? 0 : v;
    }
}
