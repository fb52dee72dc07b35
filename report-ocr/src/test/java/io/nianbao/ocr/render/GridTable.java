package io.nianbao.ocr.render;

import java.util.ArrayList;
import java.util.List;

/** A table as drawn: rows of cells with their spans, and the width of every column in characters. */
public final class GridTable {

    public record Cell(String text, int row, int col, int rowSpan, int colSpan, boolean label) {}

    private final List<Cell> cells = new ArrayList<>();
    private final double[] columnChars;
    private int rows;

    public GridTable(double... columnChars) {
        this.columnChars = columnChars;
    }

    public GridTable cell(String text, int row, int col, int rowSpan, int colSpan, boolean label) {
        cells.add(new Cell(text, row, col, rowSpan, colSpan, label));
        rows = Math.max(rows, row + rowSpan);
        return this;
    }

    /** A row: one label cell spanning {@code labelSpan} columns from {@code labelCol}, then the figures. */
    public GridTable row(int row, int labelCol, int labelSpan, String label, List<String> figures) {
        cell(label, row, labelCol, 1, labelSpan, true);
        int col = labelCol + labelSpan;
        for (String f : figures) {
            cell(f, row, col++, 1, 1, false);
        }
        return this;
    }

    public List<Cell> cells() {
        return cells;
    }

    public double[] columnChars() {
        return columnChars;
    }

    public int rowCount() {
        return rows;
    }
}
