package io.nianbao.parser.table;

import io.nianbao.contracts.model.CellEvidence.Meaning;

/** What a cell as read means for its figure: a number, the digit 0, nothing, a zero placeholder, or words. */
public final class CellMeanings {
    private CellMeanings() {}

    /** @param c the cell a figure was read from, or null when its row had no cell there */
    public static Meaning of(Cell c) {
        if (c == null || c.kind() == CellKind.EMPTY) {
            return Meaning.EMPTY;
        }
        if (c.kind() != CellKind.VALUE) {
            return Meaning.TEXT;
        }
        if (c.placeholder()) {
            return Meaning.NA;
        }
        return c.number().signum() == 0 ? Meaning.ZERO : Meaning.NUMERIC;
    }
}
