package io.nianbao.parser.table;

import java.util.Collection;
import java.util.List;

import io.nianbao.contracts.model.TableStatus;

/** The status of a table whose heading was found: cells read → PRESENT; otherwise an image → IMAGE_ONLY, else EMPTY. */
final class TableStatuses {
    private TableStatuses() {}

    static TableStatus of(TableText text, Collection<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.isSlot()) {
                    return TableStatus.PRESENT;
                }
            }
        }
        return text.imageSeen() ? TableStatus.IMAGE_ONLY : TableStatus.EMPTY;
    }
}
