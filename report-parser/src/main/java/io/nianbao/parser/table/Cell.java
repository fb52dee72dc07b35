package io.nianbao.parser.table;

import java.math.BigDecimal;

/**
 * One cell of the table text, classified. For a {@link CellKind#VALUE} cell {@code number} is the figure as
 * written (sign included, before any unit), {@code unit} the unit written after it ("万元", "亿元", "元", "万"
 * or null) and {@code placeholder} whether it was one of the zero placeholders (- — / 无).
 *
 * @param line    index of the source line
 * @param tabular whether the line was a row of separated cells (TAB or |), where a blank cell is a slot
 * @param column  where {@code raw} starts in its source line (a character index), or -1 when the cell was not
 *                read from one place (a blank the parser inserted)
 */
public record Cell(String raw, CellKind kind, BigDecimal number, String unit, boolean placeholder, boolean signed,
                   int line, boolean tabular, int column) {

    /** a cell whose place in the line is not known */
    public Cell(String raw, CellKind kind, BigDecimal number, String unit, boolean placeholder, boolean signed,
                int line, boolean tabular) {
        this(raw, kind, number, unit, placeholder, signed, line, tabular, -1);
    }

    public boolean isSlot() {
        return kind == CellKind.VALUE || kind == CellKind.ODD;
    }
}
