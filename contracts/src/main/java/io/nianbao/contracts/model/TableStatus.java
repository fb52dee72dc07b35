package io.nianbao.contracts.model;

public enum TableStatus {
    /** cells were read */
    PRESENT,
    /** headings there, no cell has a value */
    EMPTY,
    /** the table is published as an image */
    IMAGE_ONLY,
    /** no trace of the table */
    MISSING
}
