package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the value slots of one row: the cells after its label, up to the next row's label. On each line only
 * the cells after the line's last label cell count (a wrapped label continues on its own line; a group label may
 * precede the row label). A tabular line that holds the whole row keeps its blank cells as blank slots — after
 * dropping the empty positions of a merged label cell before them — while a fragment of a cell-per-line layout
 * contributes only its figures.
 */
public final class SlotGatherer {
    private SlotGatherer() {}

    /**
     * @param afterCell  the anchor cell (exclusive)
     * @param beforeCell the next row's anchor cell (exclusive), or the number of cells
     * @param n          how many slots the row has
     * @return up to n cells (EMPTY for a blank slot), in order
     */
    public static List<Cell> gather(TableText text, int afterCell, int beforeCell, int n) {
        List<Cell> cells = text.cells();
        List<Cell> slots = new ArrayList<>(n);
        int i = afterCell + 1;
        int anchorLine = afterCell >= 0 && afterCell < cells.size() ? cells.get(afterCell).line() : -1;
        while (i < beforeCell && slots.size() < n) {
            int line = cells.get(i).line();
            int end = i;
            while (end < beforeCell && cells.get(end).line() == line) {
                end++;
            }
            int lastText = -1;
            for (int j = i; j < end; j++) {
                CellKind k = cells.get(j).kind();
                if (k == CellKind.TEXT || k == CellKind.IMAGE) {
                    lastText = j;
                }
            }
            List<Cell> tail = cells.subList(lastText >= 0 ? lastText + 1 : i, end);
            takeFrom(tail, slots, n, lastText >= 0 || line == anchorLine);
            i = end;
        }
        return slots;
    }

    private static void takeFrom(List<Cell> tail, List<Cell> slots, int n, boolean labelledLine) {
        int remaining = n - slots.size();
        boolean anyFigure = false;
        boolean tabular = false;
        int filled = 0;
        for (Cell c : tail) {
            anyFigure |= c.isSlot();
            tabular |= c.tabular();
            filled += c.kind() == CellKind.EMPTY ? 0 : 1;
        }
        // "\t148" (seed 003: every cell on its own TAB-led line) is one cell, not a row with a blank first cell
        if (!labelledLine && filled == 1) {
            tabular = false;
        }
        if (!anyFigure) {
            // a labelled tabular row whose cells are all blank is a row of blanks (an EMPTY table's rows)
            if (tabular && labelledLine && slots.isEmpty() && tail.size() >= remaining) {
                for (int k = 0; k < remaining; k++) {
                    slots.add(tail.get(k));
                }
            }
            return;
        }
        if (tabular && tail.size() >= remaining) {
            int from = 0;
            int to = tail.size();
            while (to - from > remaining && tail.get(from).kind() == CellKind.EMPTY) {
                from++;
            }
            while (to - from > remaining && tail.get(to - 1).kind() == CellKind.EMPTY) {
                to--;
            }
            for (int k = from; k < from + remaining; k++) {
                slots.add(tail.get(k));
            }
        } else {
            for (Cell c : tail) {
                if (c.isSlot() && slots.size() < n) {
                    slots.add(c);
                }
            }
        }
    }
}
