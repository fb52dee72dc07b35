package io.nianbao.parser.table;

/** What a table cell holds, as far as locating rows and reading figures is concerned. */
public enum CellKind {
    /** nothing (a blank cell of a tabular row) */
    EMPTY,
    /** a figure or a zero placeholder */
    VALUE,
    /** something with digits that is not a clean figure ("1/2", "约10"): a value slot, read as invalid */
    ODD,
    /** a reference to an image (a table published as a picture) */
    IMAGE,
    /** words: a label, a heading or prose */
    TEXT
}
