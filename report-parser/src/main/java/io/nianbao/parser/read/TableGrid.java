package io.nianbao.parser.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a rectangular grid from table cells with row and column spans. A merged cell's text goes to
 * the first (top-left) position it covers and the other covered positions hold empty strings, so every
 * row ends up with the same number of cells.
 */
final class TableGrid {

    /** Spans beyond this are treated as this: no real report table is wider or taller. */
    static final int MAX_SPAN = 1000;
    /** Guard against pathological tables (a colspan of a million on every row). */
    static final int MAX_CELLS = 2_000_000;

    private final List<List<String>> rows = new ArrayList<>();
    /** occupied[row] = columns already covered by a rowspan from above (or this row's cells). */
    private final List<List<Boolean>> occupied = new ArrayList<>();
    private int currentRow = -1;
    private int cells;
    private boolean truncated;

    void startRow() {
        currentRow++;
        ensureRow(currentRow);
    }

    /**
     * Places a cell at the next free column of the current row.
     *
     * @param rowSpan 1 for none; values below 1 are taken as 1 (HTML's rowspan=0 "to the end" is rare
     *                and the end is unknown while reading row by row)
     */
    void addCell(String text, int rowSpan, int colSpan) {
        if (currentRow < 0) {
            startRow();
        }
        int rs = Math.max(1, Math.min(rowSpan, MAX_SPAN));
        int cs = Math.max(1, Math.min(colSpan, MAX_SPAN));
        if ((long) cells + (long) rs * cs > MAX_CELLS) {
            truncated = true;
            return;
        }
        List<Boolean> occ = occupied.get(currentRow);
        int col = 0;
        while (col < occ.size() && occ.get(col)) {
            col++;
        }
        for (int r = currentRow; r < currentRow + rs; r++) {
            ensureRow(r);
            for (int c = col; c < col + cs; c++) {
                set(r, c, r == currentRow && c == col ? text : "");
            }
        }
        cells += rs * cs;
    }

    /** Adds empty positions (DOCX {@code w:gridBefore}). */
    void skipColumns(int count) {
        for (int i = 0; i < Math.min(count, MAX_SPAN); i++) {
            addCell("", 1, 1);
        }
    }

    boolean truncated() {
        return truncated;
    }

    /**
     * Rows as lines of TAB-separated cells, padded to the widest row. Rows whose cells are all empty
     * (e.g. a row wholly covered by merges from above) carry nothing and are left out.
     */
    List<String> lines() {
        int width = 0;
        for (List<String> row : rows) {
            width = Math.max(width, row.size());
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            boolean allEmpty = true;
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < width; c++) {
                String cell = c < row.size() && row.get(c) != null ? row.get(c) : "";
                if (!cell.isEmpty()) {
                    allEmpty = false;
                }
                if (c > 0) {
                    sb.append('\t');
                }
                sb.append(cell);
            }
            if (!allEmpty) {
                lines.add(sb.toString());
            }
        }
        return lines;
    }

    private void ensureRow(int r) {
        while (rows.size() <= r) {
            rows.add(new ArrayList<>());
            occupied.add(new ArrayList<>());
        }
    }

    private void set(int r, int c, String text) {
        List<String> row = rows.get(r);
        List<Boolean> occ = occupied.get(r);
        while (row.size() <= c) {
            row.add(null);
            occ.add(false);
        }
        if (!occ.get(c)) { // overlapping spans in bad markup: the first cell keeps the position
            row.set(c, text);
            occ.set(c, true);
        }
    }
}
